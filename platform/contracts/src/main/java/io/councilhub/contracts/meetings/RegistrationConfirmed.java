package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 参加登録の確定: a registration was confirmed (on registering, or promoted from the waitlist). Carries the
 * registrant's name and e-mail (personal data) and, for an online or hybrid meeting, the join URL the
 * confirmation mail gives them.
 */
public record RegistrationConfirmed(String registrationId, String meetingId, String meetingTitle, OffsetDateTime startsAt, String memberId, String name, String email, String joinUrl) implements DomainEvent {

    public RegistrationConfirmed {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(meetingId, "meetingId");
    }

    @Override
    public String subject() {
        return registrationId;
    }
}
