package io.councilhub.events.proposal;

import io.councilhub.contracts.meetings.VoteCount;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a proposal was decided: APPROVED or REJECTED (with the reason), the count, the day of the decision, when
 * and by whom it was closed ({@code closedBy} is the secretariat user, or {@code deadline} for a written resolution
 * closed automatically when its response deadline passed).
 */
public record Decision(ProposalStatus outcome, RejectionReason reason, VoteCount votes, LocalDate decidedOn,
                       Instant closedAt, String closedBy) {

    public static final String AT_DEADLINE = "deadline";
}
