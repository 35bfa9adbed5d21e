package io.councilhub.contracts.meetings;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** 議案の否決: a meeting rejected proposal number {@code number}; the owner of the subject may record it. */
public record ProposalRejected(String proposalId, String meetingId, int number, String title, ProposalKind kind,
                               String subjectRef, int fiscalYear, LocalDate decidedOn, VoteCount votes)
        implements DomainEvent {

    public ProposalRejected {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    /** A decision without its count (recorded rather than voted here; {@code votes} is optional on the wire). */
    public ProposalRejected(String proposalId, String meetingId, int number, String title, ProposalKind kind, String subjectRef,
                  int fiscalYear, LocalDate decidedOn) {
        this(proposalId, meetingId, number, title, kind, subjectRef, fiscalYear, decidedOn, null);
    }

    @Override
    public String subject() {
        return proposalId;
    }
}
