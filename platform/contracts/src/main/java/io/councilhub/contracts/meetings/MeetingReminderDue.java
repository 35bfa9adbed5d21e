package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 開催前のリマインド: a meeting starts within the configured lead time; notification reminds its confirmed
 * registrants.
 */
public record MeetingReminderDue(String meetingId, String title, OffsetDateTime startsAt, int confirmedRegistrations) implements DomainEvent {

    public MeetingReminderDue {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    @Override
    public String subject() {
        return meetingId;
    }
}
