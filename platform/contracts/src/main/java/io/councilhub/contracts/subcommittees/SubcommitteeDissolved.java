package io.councilhub.contracts.subcommittees;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 部会の廃止: a subcommittee or working group was dissolved on {@code dissolvedOn}; it stays in history.
 */
public record SubcommitteeDissolved(String subcommitteeId, String name, LocalDate dissolvedOn, String reason) implements DomainEvent {

    public SubcommitteeDissolved {
        Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        Objects.requireNonNull(dissolvedOn, "dissolvedOn");
    }

    @Override
    public String subject() {
        return subcommitteeId;
    }
}
