package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 参加登録の取消: a registration was cancelled (by the registrant, the secretariat, the meeting's
 * cancellation or the organisation's withdrawal: {@code reason}).
 */
public record RegistrationCancelled(String registrationId, String meetingId, String memberId, String reason) implements DomainEvent {

    public RegistrationCancelled {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(meetingId, "meetingId");
    }

    @Override
    public String subject() {
        return registrationId;
    }
}
