package io.councilhub.subcommittee.proposal;

import io.councilhub.contracts.meetings.ProposalApproved;

/**
 * 部会の設置: what happens when a meeting approves a proposal of kind SUBCOMMITTEE_ESTABLISHMENT, whose
 * {@code subjectRef} is the id of the proposed subcommittee. Implemented by the subcommittee feature; must
 * be idempotent (a repeated approval of an established subcommittee changes nothing).
 */
public interface EstablishmentDecisions {

    void approved(ProposalApproved approval);
}
