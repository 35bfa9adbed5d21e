package io.councilhub.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time per process of the benchmark's tree: this JVM (the clients, and the broker and store it hosts) and each
 * service it started, named by its runnable jar. Two snapshots give the cores each used in between, so a run can say
 * where the time went (the service, the gateway, the store) instead of one total.
 */
final class ProcessCpu {

    static final String SELF = "benchmark JVM";

    private final long nanoTime;
    private final Map<String, Long> cpuNanos;

    private ProcessCpu(long nanoTime, Map<String, Long> cpuNanos) {
        this.nanoTime = nanoTime;
        this.cpuNanos = cpuNanos;
    }

    static ProcessCpu snapshot() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        ProcessHandle self = ProcessHandle.current();
        cpu.put(SELF, cpuOf(self));
        try (Stream<ProcessHandle> descendants = self.descendants()) {
            descendants.forEach(process -> cpu.merge(name(process), cpuOf(process), Long::sum));
        }
        return new ProcessCpu(System.nanoTime(), cpu);
    }

    /** Cores each process used since {@code earlier}, in this snapshot's order. */
    Map<String, Double> coresSince(ProcessCpu earlier) {
        double wall = nanoTime - earlier.nanoTime;
        Map<String, Double> cores = new LinkedHashMap<>();
        cpuNanos.forEach((name, nanos) -> cores.put(name, (nanos - earlier.cpuNanos.getOrDefault(name, 0L)) / wall));
        return cores;
    }

    static String describe(Map<String, Double> cores) {
        StringBuilder text = new StringBuilder();
        cores.forEach((name, used) -> text.append(text.isEmpty() ? "" : ", ").append("%s %.2f".formatted(name, used)));
        return text.toString();
    }

    private static long cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** {@code membership-service} for a process running {@code .../membership-service-0.1.0-SNAPSHOT-exec.jar}. */
    static String name(ProcessHandle process) {
        // With a long class path Linux's JDK gives no arguments and only the start of the command line: the load
        // generator says what it is in its first option.
        if (process.info().commandLine().filter(line -> line.contains(" " + LoadProcess.MARKER + " ")).isPresent()) {
            return LoadProcess.NAME;
        }
        Optional<String[]> arguments = process.info().arguments();
        if (arguments.isPresent()) {
            for (String argument : arguments.get()) {
                if (argument.endsWith("-exec.jar")) {
                    String file = argument.substring(argument.lastIndexOf('/') + 1);
                    int version = file.indexOf("-0.");
                    return version > 0 ? file.substring(0, version) : file;
                }
            }
        }
        return "pid " + process.pid();
    }
}
