package io.councilhub.notification.subscriber;

/** Where a subscriber stands: only ACTIVE subscribers receive list mail. */
public enum SubscriberStatus {
    /** Signed up, confirmation mail sent, not yet confirmed. */
    PENDING,
    ACTIVE,
    UNSUBSCRIBED,
    /** The address is on the suppression list (hard bounce, complaint). */
    SUPPRESSED
}
