package io.councilhub.contracts.subcommittees;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 活動報告: a subcommittee reported its activities of a fiscal year: meetings held, sessions, actual cost.
 */
public record ActivityReported(String reportId, String subcommitteeId, String subcommitteeName, int fiscalYear, int meetingsHeld, long actualCostYen, LocalDate reportedOn) implements DomainEvent {

    public ActivityReported {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        Objects.requireNonNull(reportedOn, "reportedOn");
    }

    @Override
    public String subject() {
        return reportId;
    }
}
