package io.councilhub.contracts.subcommittees;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 活動企画書の提出: a subcommittee submitted its activity plan for a fiscal year, asking for {@code grantYen}.
 */
public record ActivityPlanSubmitted(String planId, String subcommitteeId, String subcommitteeName, int fiscalYear, long grantYen, LocalDate submittedOn) implements DomainEvent {

    public ActivityPlanSubmitted {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        Objects.requireNonNull(submittedOn, "submittedOn");
    }

    @Override
    public String subject() {
        return planId;
    }
}
