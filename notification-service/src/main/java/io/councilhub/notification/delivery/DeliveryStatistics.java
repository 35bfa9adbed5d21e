package io.councilhub.notification.delivery;

import io.councilhub.notification.newsletter.IssueStatus;

/**
 * Where the sending of an issue stands: its recipients (one record each), how many were sent, are deferred
 * (to be tried again), failed, were suppressed, are still pending, and how many left the list since it
 * started; with this instance's timing of its last run (nearest-rank percentiles of the time per copy).
 */
public record DeliveryStatistics(String issueId, IssueStatus status, long recipients, long sent, long deferred,
                                 long failed, long suppressed, long pending, long unsubscribedSince,
                                 int timedCopies, double sendTimeP50Ms, double sendTimeP99Ms, double messagesPerSecond) {
}
