package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 会議の中止: a meeting was cancelled; its registrations are void.
 */
public record MeetingCancelled(String meetingId, String title, OffsetDateTime startsAt, String reason) implements DomainEvent {

    public MeetingCancelled {
        Objects.requireNonNull(meetingId, "meetingId");
    }

    @Override
    public String subject() {
        return meetingId;
    }
}
