package io.councilhub.notification.newsletter;

/** Where an issue stands: written, reviewed, scheduled, sent. PAUSED and CANCELLED are side branches. */
public enum IssueStatus {
    DRAFT, IN_REVIEW, APPROVED, SCHEDULED, SENDING, SENT, PAUSED, CANCELLED
}
