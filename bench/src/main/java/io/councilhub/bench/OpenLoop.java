package io.councilhub.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator's loop: sends {@code rate} requests a second for {@code seconds} on its own schedule, whatever the
 * answers do, and measures each from its scheduled send time ({@code start + i / rate}), so that a stall delays and
 * counts every request behind it (no coordinated omission). Runs in the benchmark JVM or in a {@link LoadGenerator}
 * process of its own.
 */
final class OpenLoop {

    /**
     * One run of the loop.
     *
     * @param latencies       each request's latency in nanoseconds, in send order
     * @param activeNanos     from the first scheduled send to the last answer
     * @param startWallMillis the first scheduled send, epoch milliseconds
     */
    record Result(long[] latencies, int ok, int errors, int maxInFlight, long activeNanos, long startWallMillis) {

        double achievedPerSecond() {
            return activeNanos > 0 ? ok / (activeNanos / 1e9) : 0;
        }
    }

    private OpenLoop() {
    }

    /** What a loop's senders record, whichever client they use: each request's latency, the counts, the peak. */
    static final class Tally {

        private final long[] latencies;
        private final AtomicInteger ok = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();
        private final AtomicLong lastCompletion = new AtomicLong();
        private final long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        private final long startWallMillis = System.currentTimeMillis() + 20;
        private final long interval;

        Tally(int rate, int seconds) {
            this.latencies = new long[rate * seconds];
            this.interval = TimeUnit.SECONDS.toNanos(1) / rate;
        }

        int count() {
            return latencies.length;
        }

        /** Parks until request {@code i}'s scheduled send time, then counts it in flight; returns that time. */
        long sendAt(int i) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return scheduled;
        }

        void answered(int i, long scheduled, boolean success) {
            long now = System.nanoTime();
            latencies[i] = now - scheduled;
            inFlight.decrementAndGet();
            lastCompletion.accumulateAndGet(now, Math::max);
            (success ? ok : errors).incrementAndGet();
        }

        Result result() {
            return new Result(latencies, ok.get(), errors.get(), maxInFlight.get(), lastCompletion.get() - start,
                    startWallMillis);
        }
    }

    /**
     * The client of one path for a whole run (warm-up and every slice), as a real caller keeps its pool of keep-alive
     * connections: a new client per slice opened new connections at each slice's start, and its first second showed it.
     */
    static HttpClient client(String path) {
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "load-" + path);
            thread.setDaemon(true);
            return thread;
        });
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static Result run(HttpClient client, HttpRequest request, int rate, int seconds) throws InterruptedException {
        Tally tally = new Tally(rate, seconds);
        CountDownLatch done = new CountDownLatch(tally.count());
        for (int i = 0; i < tally.count(); i++) {
            int index = i;
            long scheduled = tally.sendAt(i);
            client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                tally.answered(index, scheduled, failure == null && response.statusCode() == 200);
                done.countDown();
            });
        }
        if (!done.await(seconds + 60L, TimeUnit.SECONDS)) {
            throw new IllegalStateException(request.uri() + " at " + rate + "/s: answers still missing a minute after the last send");
        }
        return tally.result();
    }
}
