package io.councilhub.events.meeting;

/** A scheduled meeting takes place (or took place); a cancelled one does not. */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}
