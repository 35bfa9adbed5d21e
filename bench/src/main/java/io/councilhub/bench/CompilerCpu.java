package io.councilhub.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JIT compiler threads ({@code C1 CompilerThread*}, {@code C2 CompilerThread*}) of some of the
 * benchmark's service processes, read from Linux's {@code /proc/<pid>/task}. A JVM whose compilers are still busy is
 * not warm: its requests run partly interpreted or in C1 code, and the compilers take CPU from everything else. The
 * clock-tick resolution (10 ms) is plenty for telling "still compiling" from "settled". Elsewhere than Linux every
 * figure is 0, so the warm-up ends at its fixed length.
 */
final class CompilerCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<String, Long> nanos;

    private CompilerCpu(Map<String, Long> nanos) {
        this.nanos = nanos;
    }

    static CompilerCpu snapshot(Collection<String> services) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        services.forEach(service -> nanos.put(service, 0L));
        try (Stream<ProcessHandle> descendants = ProcessHandle.current().descendants()) {
            descendants.forEach(process -> {
                String name = ProcessCpu.name(process);
                if (nanos.containsKey(name)) {
                    nanos.merge(name, compilerTicks(process.pid()) * NANOS_PER_TICK, Long::sum);
                }
            });
        }
        return new CompilerCpu(nanos);
    }

    /** Milliseconds of compiler CPU per service since {@code earlier}. */
    Map<String, Long> millisSince(CompilerCpu earlier) {
        Map<String, Long> millis = new LinkedHashMap<>();
        nanos.forEach((service, used) -> millis.put(service, (used - earlier.nanos.getOrDefault(service, 0L)) / 1_000_000));
        return millis;
    }

    private static long compilerTicks(long pid) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                ticks += compilerThreadTicks(task);
            }
        } catch (IOException | UnsupportedOperationException notLinux) {
            return 0;
        }
        return ticks;
    }

    private static long compilerThreadTicks(Path task) {
        try {
            if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                return 0;
            }
            // pid (comm) state ppid ... utime(14) stime(15): counted after the closing parenthesis of comm
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadEnded) {
            return 0;
        }
    }
}
