package io.councilhub.gateway.edge;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a client address): it holds at most {@code burst} tokens, gains
 * {@code permitsPerMinute} a minute, and every request takes one. A bucket that has refilled completely is
 * indistinguishable from a new one, so full buckets are dropped now and then and memory follows the clients
 * that are actually busy.
 */
final class TokenBuckets {

    private static final int SWEEP_EVERY = 1024;

    private final double capacity;
    private final double nanosPerToken;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger takes = new AtomicInteger();

    TokenBuckets(int permitsPerMinute, int burst, LongSupplier nanoClock) {
        if (permitsPerMinute <= 0 || burst <= 0) {
            throw new IllegalArgumentException("permits a minute and burst must be positive");
        }
        this.capacity = burst;
        this.nanosPerToken = TimeUnit.MINUTES.toNanos(1) / (double) permitsPerMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes a token for {@code key}: 0 when one was there, otherwise the nanoseconds until the next one (nothing taken). */
    long take(String key) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        long wait;
        synchronized (bucket) {
            wait = bucket.take(now, capacity, nanosPerToken);
        }
        if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
        return wait;
    }

    /** How many clients are being tracked (for tests). */
    int tracked() {
        return buckets.size();
    }

    void sweep(long now) {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().fullAt(now, capacity, nanosPerToken);
            }
        });
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        long take(long now, double capacity, double nanosPerToken) {
            refill(now, capacity, nanosPerToken);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * nanosPerToken);
        }

        boolean fullAt(long now, double capacity, double nanosPerToken) {
            refill(now, capacity, nanosPerToken);
            return tokens >= capacity;
        }

        private void refill(long now, double capacity, double nanosPerToken) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
                updated = now;
            }
        }
    }
}
