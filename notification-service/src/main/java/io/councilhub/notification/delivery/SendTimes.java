package io.councilhub.notification.delivery;

import java.util.Arrays;

/** The time each copy of the current run took, from being taken up by a worker to its SENT record; for percentiles. */
final class SendTimes {

    private long[] nanos = new long[1024];
    private int size;
    private long firstStart;
    private long lastEnd;

    synchronized void reset() {
        size = 0;
        firstStart = 0;
        lastEnd = 0;
    }

    synchronized void add(long startNanos, long endNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = endNanos - startNanos;
        if (firstStart == 0 || startNanos < firstStart) {
            firstStart = startNanos;
        }
        lastEnd = Math.max(lastEnd, endNanos);
    }

    synchronized Summary summary() {
        if (size == 0) {
            return new Summary(0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        double seconds = (lastEnd - firstStart) / 1e9;
        return new Summary(size, percentile(sorted, 50), percentile(sorted, 99), seconds <= 0 ? 0 : size / seconds);
    }

    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Copies sent in this instance's last run, nearest-rank p50 and p99 in ms, and messages per second. */
    record Summary(int copies, double p50Ms, double p99Ms, double perSecond) {
    }
}
