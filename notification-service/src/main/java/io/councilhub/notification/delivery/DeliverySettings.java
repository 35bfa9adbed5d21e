package io.councilhub.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How issues are sent: {@code workers} threads, each with an SMTP connection of its own; records taken in
 * batches of {@code batchSize}; a deferred copy is tried again after {@code retryAfter} (doubling each time) up to
 * {@code maxAttempts} attempts, then it is FAILED; the scheduler looks for due and interrupted issues every
 * {@code pollInterval} (off when {@code scheduler} is false). The pace is the mail transport's rate limiter
 * ({@code councilhub.mail.messages-per-second}). {@code sentWrites} SENT records are written together (1: each right
 * after its accept; more: fewer store round trips, and a crash may resend up to that many per worker, with the same
 * Message-ID; a stop or pause writes them all first).
 */
@ConfigurationProperties("councilhub.delivery")
public record DeliverySettings(@DefaultValue("4") int workers,
                               @DefaultValue("200") int batchSize,
                               @DefaultValue("5") int maxAttempts,
                               @DefaultValue("PT5M") Duration retryAfter,
                               @DefaultValue("PT10S") Duration pollInterval,
                               @DefaultValue("PT2M") Duration lease,
                               @DefaultValue("1") int sentWrites,
                               @DefaultValue("true") boolean scheduler) {

    public DeliverySettings {
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("councilhub.delivery.workers must be 1 to 64");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("councilhub.delivery.batch-size must be at least 1");
        }
        if (sentWrites < 1) {
            throw new IllegalArgumentException("councilhub.delivery.sent-writes must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("councilhub.delivery.max-attempts must be at least 1");
        }
    }

    Duration retryAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 10);
        return retryAfter.multipliedBy(factor);
    }
}
