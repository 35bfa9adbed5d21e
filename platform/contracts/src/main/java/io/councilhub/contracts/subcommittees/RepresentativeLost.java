package io.councilhub.contracts.subcommittees;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 代表者の喪失: the member organisation that represented a subcommittee withdrew from the council; the
 * subcommittee needs a new representative.
 */
public record RepresentativeLost(String subcommitteeId, String subcommitteeName, String memberId, LocalDate lostOn) implements DomainEvent {

    public RepresentativeLost {
        Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(lostOn, "lostOn");
    }

    @Override
    public String subject() {
        return subcommitteeId;
    }
}
