package io.councilhub.contracts.finance;

import io.councilhub.contracts.DomainEvent;

import java.util.Objects;

/** 部会活動助成: a grant was allocated to a subcommittee for its approved activity plan. */
public record GrantAllocated(String grantId, String subcommitteeId, String activityPlanId, int fiscalYear,
                             long amountYen) implements DomainEvent {

    public GrantAllocated {
        Objects.requireNonNull(grantId, "grantId");
    }

    @Override
    public String subject() {
        return grantId;
    }
}
