package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 会議の日程変更: a meeting moved to a new time (and possibly venue).
 */
public record MeetingRescheduled(String meetingId, String title, OffsetDateTime previousStartsAt, OffsetDateTime startsAt, OffsetDateTime endsAt, String venue) implements DomainEvent {

    public MeetingRescheduled {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    @Override
    public String subject() {
        return meetingId;
    }
}
