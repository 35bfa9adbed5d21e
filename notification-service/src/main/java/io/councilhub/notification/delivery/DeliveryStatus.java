package io.councilhub.notification.delivery;

/** Where one recipient's copy of an issue stands. */
public enum DeliveryStatus {
    /** Not sent yet. */
    PENDING,
    /** Accepted by the SMTP server (recorded right after its 250). */
    SENT,
    /** Refused for now (4xx, server away): tried again at nextAttemptAt. */
    DEFERRED,
    /** Refused for good (5xx, or still deferred after the last attempt). */
    FAILED,
    /** Not sent: the address was suppressed (unsubscribed, bounced) before its turn. */
    SUPPRESSED
}
