package io.councilhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * How busy the machine was during a run, and how much of that was this benchmark's own process tree
 * (its JVM with the broker and the store, and the services it started). What the rest of the machine
 * used in the meantime skews every figure, so the report states it.
 */
final class CpuAccount {

    /** Linux reports /proc/stat in USER_HZ ticks, 100 a second on every common configuration. */
    private static final long TICKS_PER_SECOND = 100;

    private final long startNanos;
    private final long machineBusyStartNanos;
    private final long ownStartNanos;

    private CpuAccount(long startNanos, long machineBusyStartNanos, long ownStartNanos) {
        this.startNanos = startNanos;
        this.machineBusyStartNanos = machineBusyStartNanos;
        this.ownStartNanos = ownStartNanos;
    }

    static CpuAccount start() {
        return new CpuAccount(System.nanoTime(), machineBusyNanos(), ownNanos());
    }

    /** How many cores the machine keeps busy over {@code sample}, before anything starts; -1 if unknown. */
    static double busyCores(Duration sample) throws InterruptedException {
        long before = machineBusyNanos();
        long start = System.nanoTime();
        Thread.sleep(sample.toMillis());
        long after = machineBusyNanos();
        return before < 0 || after < 0 ? -1 : (after - before) / (double) (System.nanoTime() - start);
    }

    /** The CPU used since the start: by the whole machine, by this process tree, and the wall time it spans. */
    Usage usage() {
        long machine = machineBusyNanos();
        return new Usage(System.nanoTime() - startNanos, machine < 0 || machineBusyStartNanos < 0 ? -1
                : machine - machineBusyStartNanos, ownNanos() - ownStartNanos);
    }

    /**
     * CPU time over a stretch of wall time.
     *
     * @param wallNanos    how long the stretch was
     * @param machineNanos CPU time the whole machine used (-1 if unknown)
     * @param ownNanos     CPU time of this JVM and the processes it started
     */
    record Usage(long wallNanos, long machineNanos, long ownNanos) {

        /** Several stretches as one: their wall and CPU times added up. */
        static Usage sum(List<Usage> stretches) {
            boolean known = stretches.stream().allMatch(stretch -> stretch.machineNanos() >= 0);
            return new Usage(stretches.stream().mapToLong(Usage::wallNanos).sum(),
                    known ? stretches.stream().mapToLong(Usage::machineNanos).sum() : -1,
                    stretches.stream().mapToLong(Usage::ownNanos).sum());
        }

        /** Average cores the rest of the machine kept busy, or -1 if unknown. */
        double otherCores() {
            return machineNanos < 0 ? -1 : Math.max(0, machineNanos - ownNanos) / (double) wallNanos;
        }

        double ownCores() {
            return ownNanos / (double) wallNanos;
        }

        String describe() {
            String others = machineNanos < 0 ? "unknown" : String.format("%.2f cores", otherCores());
            return String.format("benchmark and its services %.2f cores on average over %.0f s; everything else %s",
                    ownCores(), wallNanos / 1e9, others);
        }
    }

    private static long ownNanos() {
        ProcessHandle self = ProcessHandle.current();
        try (Stream<ProcessHandle> descendants = self.descendants()) {
            return Stream.concat(Stream.of(self), descendants)
                    .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                    .sum();
        }
    }

    /** Busy time of all processors from /proc/stat's first line (everything but idle and iowait), or -1. */
    private static long machineBusyNanos() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] fields = lines.findFirst().orElse("").trim().split("\\s+");
            if (fields.length < 8 || !fields[0].equals("cpu")) {
                return -1;
            }
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }
}
