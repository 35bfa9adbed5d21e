package io.councilhub.contracts.subcommittees;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 活動計画の承認: a subcommittee's activity plan for a fiscal year was approved, with the grant
 * (部会活動助成費) it asked for; finance allocates that grant.
 */
public record ActivityPlanApproved(String planId, String subcommitteeId, String subcommitteeName, int fiscalYear,
                                   long grantYen, LocalDate approvedOn) implements DomainEvent {

    public ActivityPlanApproved {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        Objects.requireNonNull(approvedOn, "approvedOn");
        if (grantYen < 0) {
            throw new IllegalArgumentException("grantYen must not be negative");
        }
    }

    @Override
    public String subject() {
        return planId;
    }
}
