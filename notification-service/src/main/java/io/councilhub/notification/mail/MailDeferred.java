package io.councilhub.notification.mail;

/** The mail was not accepted this time (SMTP 4xx, connection problem, timeout, circuit open): try again later. */
public final class MailDeferred extends MailFailure {

    public MailDeferred(String message, int smtpCode, Throwable cause) {
        super(message, smtpCode, cause);
    }

    /** True when nothing was tried because the circuit breaker is open. */
    public boolean circuitOpen() {
        return getCause() instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException;
    }
}
