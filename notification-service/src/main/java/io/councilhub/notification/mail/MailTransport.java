package io.councilhub.notification.mail;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends one {@link Mail} at a time through SMTP, the server and session configured on Spring's
 * {@link JavaMailSenderImpl} ({@code spring.mail.*}). Every send passes the shared Resilience4j rate limiter
 * ({@code councilhub.mail.messages-per-second}) and circuit breaker, and is retried with exponential back-off while
 * it is deferred. The time limit is the SMTP connect/read/write timeout ({@code councilhub.mail.timeout}): a
 * blocked socket is the only thing that can take long, and only the socket can be interrupted.
 * <p>
 * Outcome: returns when the server accepted the message (250 after DATA); throws {@link MailRejected} for a 5xx
 * (permanent, not retried) and {@link MailDeferred} when it is still 4xx / unreachable after the retries or the
 * circuit is open. A worker that sends many mails keeps one SMTP connection with {@link #connect()}.
 */
public class MailTransport {

    public static final String NAME = "smtp";

    private final JavaMailSenderImpl sender;
    private final MailSettings settings;
    private final Session session;
    private final RateLimiter rateLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    public MailTransport(JavaMailSenderImpl sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
        this.session = session(sender, settings.timeout());
        this.rateLimiter = RateLimiter.of(NAME, rateLimiterConfig(settings.messagesPerSecond()));
        this.circuitBreaker = CircuitBreaker.of(NAME, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.circuit().failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.circuit().slidingWindowSize())
                .minimumNumberOfCalls(settings.circuit().minimumCalls())
                .waitDurationInOpenState(settings.circuit().waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(e -> e instanceof MailDeferred)
                .build());
        MailSettings.Retry r = settings.retry();
        this.retry = Retry.of(NAME, RetryConfig.custom()
                .maxAttempts(Math.max(1, r.maxAttempts()))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(r.initialBackoff(), r.multiplier(), r.maxBackoff()))
                .retryOnException(e -> e instanceof MailDeferred deferred && !deferred.circuitOpen())
                .build());
    }

    /** Sends one mail over a connection of its own. */
    public void send(Mail mail) {
        try (Connection connection = connect()) {
            connection.send(mail);
        }
    }

    /** A connection for one worker: reused for every mail it sends, re-opened after a failure. Not thread-safe. */
    public Connection connect() {
        return new Connection();
    }

    public MimeMessage render(Mail mail) {
        return MimeMessages.render(session, mail);
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public Retry retry() {
        return retry;
    }

    public MailSettings settings() {
        return settings;
    }

    /** One SMTP connection kept open across mails. */
    public final class Connection implements AutoCloseable {

        private Transport transport;

        private Connection() {
        }

        /** Sends the mail; see {@link MailTransport} for the outcomes. */
        public void send(Mail mail) {
            MimeMessage message = render(mail);
            Supplier<Void> attempt = () -> {
                attempt(message, mail);
                return null;
            };
            Supplier<Void> guarded = Retry.decorateSupplier(retry,
                    () -> {
                        try {
                            return CircuitBreaker.decorateSupplier(circuitBreaker,
                                    RateLimiter.decorateSupplier(rateLimiter, attempt)).get();
                        } catch (CallNotPermittedException open) {
                            throw new MailDeferred("circuit open: the SMTP server failed recently", 0, open);
                        } catch (RequestNotPermitted limited) {
                            throw new MailDeferred("rate limit: no permit in time", 0, limited);
                        }
                    });
            guarded.get();
        }

        private void attempt(MimeMessage message, Mail mail) {
            try {
                if (transport == null) { // not isConnected(): that costs a NOOP round trip per mail
                    open();
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | RuntimeException e) {
                closeQuietly();
                throw SmtpFailures.classify("mail " + mail.messageId() + " to " + mail.to().email().masked(), e);
            }
        }

        private void open() throws MessagingException {
            closeQuietly();
            Transport opened = session.getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
            opened.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            transport = opened;
        }

        private void closeQuietly() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException ignored) {
                    // the connection is being dropped anyway
                }
                transport = null;
            }
        }

        @Override
        public void close() {
            closeQuietly();
        }
    }

    private static Session session(JavaMailSenderImpl sender, Duration timeout) {
        Properties properties = new Properties();
        properties.putAll(sender.getJavaMailProperties());
        String millis = Long.toString(timeout.toMillis());
        properties.putIfAbsent("mail.smtp.connectiontimeout", millis);
        properties.putIfAbsent("mail.smtp.timeout", millis);
        // No mail.smtp.writetimeout unless configured: JavaMail implements it by scheduling a timer task for every
        // buffered write (several per message), which cost a large share of a newsletter send's CPU. The read timeout
        // above bounds every exchange: a message is written into the socket's send buffer and then the server's
        // answer is awaited, which is where a stuck server shows.
        // TCP_NODELAY: see NoDelaySockets (one 40 ms stall per message otherwise). STARTTLS wraps this socket.
        properties.putIfAbsent("mail.smtp.socketFactory", NoDelaySockets.INSTANCE);
        properties.putIfAbsent("mail.smtp.socketFactory.fallback", "false");
        if (sender.getDefaultEncoding() == null) {
            properties.putIfAbsent("mail.mime.charset", "UTF-8");
        }
        return Session.getInstance(properties);
    }

    /** N messages per second as N/slices permits every 1/slices second, so a burst never exceeds a slice's share. */
    static RateLimiterConfig rateLimiterConfig(int perSecond) {
        int slices = Math.min(perSecond, 50);
        int perSlice = (int) Math.ceil(perSecond / (double) slices);
        return RateLimiterConfig.custom()
                .limitRefreshPeriod(Duration.ofNanos(1_000_000_000L / slices))
                .limitForPeriod(perSlice)
                .timeoutDuration(Duration.ofMinutes(5))
                .build();
    }
}
