package io.councilhub.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JIT compiler threads ({@code C1 CompilerThread*}, {@code C2 CompilerThread*}) of some of the
 * benchmark's service processes and of its own JVM ({@link ProcessCpu#SELF}), read from Linux's
 * {@code /proc/<pid>/task}. A JVM whose compilers are still busy is not warm: its requests run partly interpreted or
 * in C1 code, and the compilers take CPU from everything else. The clock-tick resolution (10 ms) is plenty for telling
 * "still compiling" from "settled". Elsewhere than Linux every figure is 0, so the warm-up ends at its fixed length.
 * HotSpot starts and stops compiler threads as it needs them, so the time is counted per thread: a thread that ended
 * in between neither adds nor takes away.
 */
final class CompilerCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    /** Per service, clock ticks per compiler thread (by thread id). */
    private final Map<String, Map<String, Long>> ticks;

    private CompilerCpu(Map<String, Map<String, Long>> ticks) {
        this.ticks = ticks;
    }

    static CompilerCpu snapshot(Collection<String> services) {
        Map<String, Map<String, Long>> ticks = new LinkedHashMap<>();
        services.forEach(service -> ticks.put(service, new HashMap<>()));
        Map<String, Long> self = ticks.get(ProcessCpu.SELF);
        if (self != null) {
            compilerThreads(ProcessHandle.current().pid(), self);
        }
        try (Stream<ProcessHandle> descendants = ProcessHandle.current().descendants()) {
            descendants.forEach(process -> {
                Map<String, Long> threads = ticks.get(ProcessCpu.name(process));
                if (threads != null) {
                    compilerThreads(process.pid(), threads);
                }
            });
        }
        return new CompilerCpu(ticks);
    }

    /** Milliseconds of compiler CPU per service since {@code earlier}. */
    Map<String, Long> millisSince(CompilerCpu earlier) {
        Map<String, Long> millis = new LinkedHashMap<>();
        ticks.forEach((service, threads) -> {
            Map<String, Long> before = earlier.ticks.getOrDefault(service, Map.of());
            long used = 0;
            for (Map.Entry<String, Long> thread : threads.entrySet()) {
                used += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
            }
            millis.put(service, used * NANOS_PER_TICK / 1_000_000);
        });
        return millis;
    }

    private static void compilerThreads(long pid, Map<String, Long> threads) {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                long used = compilerThreadTicks(task);
                if (used >= 0) {
                    threads.put(task.getFileName().toString(), used);
                }
            }
        } catch (IOException | UnsupportedOperationException notLinux) {
            // no /proc: no figures
        }
    }

    /** The thread's user and system clock ticks if it is a compiler thread, else -1. */
    private static long compilerThreadTicks(Path task) {
        try {
            if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                return -1;
            }
            // pid (comm) state ppid ... utime(14) stime(15): counted after the closing parenthesis of comm
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadEnded) {
            return -1;
        }
    }
}
