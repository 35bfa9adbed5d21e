package io.councilhub.subcommittee.proposal;

import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalRejected;

/**
 * 活動企画書の承認・否決: what happens when a meeting decides a proposal of kind ACTIVITY_PLAN, whose
 * {@code subjectRef} is the plan id. Implemented by the plan feature; each must be idempotent (the plan is
 * approved, and ActivityPlanApproved published, once however often the decision is delivered).
 */
public interface ActivityPlanDecisions {

    void approved(ProposalApproved approval);

    void rejected(ProposalRejected rejection);
}
