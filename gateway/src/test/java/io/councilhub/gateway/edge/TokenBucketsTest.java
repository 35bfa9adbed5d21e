package io.councilhub.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aClientGetsItsBurstThenOneRequestPerRefillInterval() {
        TokenBuckets buckets = new TokenBuckets(10, 10, now::get);
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("127.0.0.1")).isZero();
        }

        long wait = buckets.take("127.0.0.1");

        assertThat(wait).isEqualTo(TimeUnit.SECONDS.toNanos(6));
        now.addAndGet(TimeUnit.SECONDS.toNanos(3));
        assertThat(buckets.take("127.0.0.1")).isEqualTo(TimeUnit.SECONDS.toNanos(3));
        now.addAndGet(TimeUnit.SECONDS.toNanos(3));
        assertThat(buckets.take("127.0.0.1")).isZero();
        assertThat(buckets.take("127.0.0.1")).isPositive();
    }

    @Test
    void aRefusedRequestTakesNothingSoWaitingTheAnnouncedTimeIsEnough() {
        TokenBuckets buckets = new TokenBuckets(2, 1, now::get);
        assertThat(buckets.take("a")).isZero();
        long wait = buckets.take("a");
        buckets.take("a");
        buckets.take("a");

        now.addAndGet(wait);

        assertThat(buckets.take("a")).isZero();
    }

    @Test
    void theBurstNeverGrowsBeyondItsSizeWhileIdle() {
        TokenBuckets buckets = new TokenBuckets(60, 2, now::get);
        buckets.take("a");
        now.addAndGet(TimeUnit.HOURS.toNanos(1));

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void clientsWhoseAllowanceRefilledAreForgotten() {
        TokenBuckets buckets = new TokenBuckets(60, 5, now::get);
        buckets.take("a");
        buckets.take("b");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        buckets.sweep(now.get());
        assertThat(buckets.tracked()).isEqualTo(2);

        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        buckets.sweep(now.get());

        assertThat(buckets.tracked()).isZero();
    }
}
