package io.councilhub.subcommittee.plan;

/** Where a plan is: drafted and edited by the secretariat, submitted for a decision, approved (funded) or rejected. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED
}
