package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 会議の開催予定: a meeting was scheduled. {@code kind}: GENERAL_ASSEMBLY, EXTRAORDINARY_ASSEMBLY,
 * EXECUTIVE_COMMITTEE, SEMINAR, FORUM, PITCH_SESSION, CASE_STUDY_EXCHANGE, SUBCOMMITTEE_MEETING, OTHER;
 * {@code format}: ONLINE, IN_PERSON, HYBRID, WRITTEN; {@code audience}: MEMBERS, OFFICERS, PUBLIC. Times are
 * offset date-times in Asia/Tokyo. The join URL is never here: only confirmed registrants get it.
 */
public record MeetingScheduled(String meetingId, String kind, String title, int fiscalYear, OffsetDateTime startsAt, OffsetDateTime endsAt, String format, String venue, String audience) implements DomainEvent {

    public MeetingScheduled {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    @Override
    public String subject() {
        return meetingId;
    }
}
