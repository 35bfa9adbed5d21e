package io.councilhub.notification.subscriber;

/** Why an address gets no mail at all. */
public enum SuppressionReason {
    HARD_BOUNCE, COMPLAINT, UNSUBSCRIBED, MANUAL
}
