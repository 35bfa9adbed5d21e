package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 議案の可決: a meeting approved proposal number {@code number}. The context that owns the subject
 * ({@code kind} + {@code subjectRef}) acts on it; {@code fiscalYear} is the year the decision is for.
 */
public record ProposalApproved(String proposalId, String meetingId, int number, String title, ProposalKind kind,
                               String subjectRef, int fiscalYear, LocalDate decidedOn, VoteCount votes)
        implements DomainEvent {

    public ProposalApproved {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    /** A decision without its count (recorded rather than voted here; {@code votes} is optional on the wire). */
    public ProposalApproved(String proposalId, String meetingId, int number, String title, ProposalKind kind, String subjectRef,
                  int fiscalYear, LocalDate decidedOn) {
        this(proposalId, meetingId, number, title, kind, subjectRef, fiscalYear, decidedOn, null);
    }

    @Override
    public String subject() {
        return proposalId;
    }
}
