package io.councilhub.subcommittee.subcommittee;

import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.subcommittee.proposal.EstablishmentDecisions;
import org.springframework.stereotype.Component;

/**
 * 部会の設置 by a meeting: a ProposalApproved of kind SUBCOMMITTEE_ESTABLISHMENT establishes the proposed
 * subcommittee its {@code subjectRef} names, on the decision date, once. An unknown id is a 404 failure, so the
 * record is retried and then dead-lettered for the secretariat to replay once the proposal is entered.
 */
@Component
class EstablishmentByProposal implements EstablishmentDecisions {

    private final SubcommitteeRegistry registry;

    EstablishmentByProposal(SubcommitteeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void approved(ProposalApproved approval) {
        registry.establishByProposal(approval.subjectRef(), approval.proposalId(), approval.decidedOn());
    }
}
