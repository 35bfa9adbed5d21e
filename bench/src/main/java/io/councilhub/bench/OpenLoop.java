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
        int count = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[count];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicLong lastCompletion = new AtomicLong();
        CountDownLatch done = new CountDownLatch(count);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long startWallMillis = System.currentTimeMillis() + 20;
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latencies[index] = now - scheduled;
                inFlight.decrementAndGet();
                lastCompletion.accumulateAndGet(now, Math::max);
                if (failure == null && response.statusCode() == 200) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        if (!done.await(seconds + 60L, TimeUnit.SECONDS)) {
            throw new IllegalStateException(request.uri() + " at " + rate + "/s: answers still missing a minute after the last send");
        }
        return new Result(latencies, ok.get(), errors.get(), maxInFlight.get(), lastCompletion.get() - start,
                startWallMillis);
    }
}
