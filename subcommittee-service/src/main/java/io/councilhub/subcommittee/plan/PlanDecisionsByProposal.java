package io.councilhub.subcommittee.plan;

import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.subcommittee.proposal.ActivityPlanDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A meeting's decision on an ACTIVITY_PLAN proposal ({@code subjectRef} = plan id) approves or rejects the plan. The
 * plan's state is the guard: a plan decided already is left as it is, so a redelivered decision publishes nothing.
 * An unknown plan is an error (retried, then dead-lettered), never silently dropped.
 */
@Component
class PlanDecisionsByProposal implements ActivityPlanDecisions {

    private static final Logger log = LoggerFactory.getLogger(PlanDecisionsByProposal.class);

    private final ActivityPlanning planning;

    PlanDecisionsByProposal(ActivityPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void approved(ProposalApproved approval) {
        if (!planning.approveByProposal(approval.subjectRef(), approval.proposalId(), approval.decidedOn())) {
            log.info("plan {} was decided already; proposal {} changes nothing", approval.subjectRef(), approval.proposalId());
        }
    }

    @Override
    public void rejected(ProposalRejected rejection) {
        if (!planning.rejectByProposal(rejection.subjectRef(), rejection.proposalId(), rejection.decidedOn())) {
            log.info("plan {} was decided already; proposal {} changes nothing", rejection.subjectRef(), rejection.proposalId());
        }
    }
}
