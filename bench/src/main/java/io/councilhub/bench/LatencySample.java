package io.councilhub.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A set of measured durations in nanoseconds and their nearest-rank percentiles: the p-th percentile
 * is the smallest measurement such that at least p % of all measurements are at or below it, so every
 * figure reported is one that was actually measured.
 */
public final class LatencySample {

    private final long[] sortedNanos;

    private LatencySample(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static LatencySample of(long... nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencySample(sorted);
    }

    public static LatencySample of(List<Long> nanos) {
        return of(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** All the measurements of several samples as one. */
    public static LatencySample merge(List<LatencySample> samples) {
        return of(samples.stream().flatMapToLong(sample -> Arrays.stream(sample.sortedNanos)).toArray());
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank {@code percentile} (1 to 100) in nanoseconds. */
    public long percentileNanos(int percentile) {
        if (percentile < 1 || percentile > 100) {
            throw new IllegalArgumentException("percentile must be 1 to 100: " + percentile);
        }
        long rank = ((long) percentile * sortedNanos.length + 99) / 100;
        return sortedNanos[(int) Math.max(0, rank - 1)];
    }

    public long minNanos() {
        return sortedNanos[0];
    }

    public long maxNanos() {
        return sortedNanos[sortedNanos.length - 1];
    }

    public long meanNanos() {
        long sum = 0;
        for (long nanos : sortedNanos) {
            sum += nanos;
        }
        return sum / sortedNanos.length;
    }

    /** How many measurements exceed {@code limitNanos}. */
    public int countAbove(long limitNanos) {
        int index = Arrays.binarySearch(sortedNanos, limitNanos);
        if (index < 0) {
            return sortedNanos.length - (-index - 1);
        }
        while (index < sortedNanos.length && sortedNanos[index] == limitNanos) {
            index++;
        }
        return sortedNanos.length - index;
    }

    /** Nanoseconds as milliseconds with two decimals, e.g. {@code 12.35}. */
    public static String millis(long nanos) {
        long hundredths = Math.round(Math.abs(nanos) / 10_000.0);
        return String.format("%s%d.%02d", nanos < 0 && hundredths > 0 ? "-" : "", hundredths / 100, hundredths % 100);
    }
}
