package io.councilhub.notification.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail is sent: the rate (messages per second over all workers), the SMTP time limit (connect, read and write
 * socket timeouts), retry with exponential back-off for deferred mail, and the circuit breaker around the SMTP server.
 */
@ConfigurationProperties("councilhub.mail")
public record MailSettings(Integer messagesPerSecond, Duration timeout, Retry retry, Circuit circuit) {

    public MailSettings {
        messagesPerSecond = messagesPerSecond == null ? 50 : messagesPerSecond;
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("councilhub.mail.messages-per-second must be at least 1");
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
        circuit = circuit == null ? new Circuit(null, null, null, null) : circuit;
    }

    public static MailSettings defaults() {
        return new MailSettings(null, null, null, null);
    }

    public MailSettings withMessagesPerSecond(int perSecond) {
        return new MailSettings(perSecond, timeout, retry, circuit);
    }

    public MailSettings withRetry(Retry retry) {
        return new MailSettings(messagesPerSecond, timeout, retry, circuit);
    }

    public MailSettings withCircuit(Circuit circuit) {
        return new MailSettings(messagesPerSecond, timeout, retry, circuit);
    }

    public MailSettings withTimeout(Duration timeout) {
        return new MailSettings(messagesPerSecond, timeout, retry, circuit);
    }

    /** Attempts in a row for one mail before it is reported deferred (the delivery tries again later). */
    public record Retry(Integer maxAttempts, Duration initialBackoff, Double multiplier, Duration maxBackoff) {
        public Retry {
            maxAttempts = maxAttempts == null ? 3 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            multiplier = multiplier == null ? 2.0 : multiplier;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        }
    }

    /** Opens when this share (percent) of the last calls were deferred; stays open for waitInOpenState. */
    public record Circuit(Integer failureRateThreshold, Integer slidingWindowSize, Integer minimumCalls,
                          Duration waitInOpenState) {
        public Circuit {
            failureRateThreshold = failureRateThreshold == null ? 50 : failureRateThreshold;
            slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
            minimumCalls = minimumCalls == null ? 5 : minimumCalls;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(30) : waitInOpenState;
        }
    }
}
