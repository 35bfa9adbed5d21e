package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 出席の記録: whether a registrant attended a meeting.
 */
public record AttendanceRecorded(String meetingId, String registrationId, String memberId, boolean attended) implements DomainEvent {

    public AttendanceRecorded {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(registrationId, "registrationId");
    }

    @Override
    public String subject() {
        return registrationId;
    }
}
