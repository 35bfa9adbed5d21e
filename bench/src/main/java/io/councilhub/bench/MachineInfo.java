package io.councilhub.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** What the figures were measured on: processors, memory, Java and the operating system. */
record MachineInfo(int cores, String cpu, long physicalMemoryBytes, long maxHeapBytes, String java, String os) {

    static MachineInfo current() {
        long physical = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), cpuModel().orElse("unknown CPU"), physical,
                Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    private static Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    String describe() {
        return "%d cores (%s), %s RAM, %s, %s; benchmark JVM max heap %s".formatted(cores, cpu,
                gibibytes(physicalMemoryBytes), java, os, mebibytes(maxHeapBytes));
    }

    private static String gibibytes(long bytes) {
        return bytes <= 0 ? "unknown" : String.format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private static String mebibytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MiB";
    }
}
