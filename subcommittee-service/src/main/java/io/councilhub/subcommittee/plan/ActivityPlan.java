package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import io.councilhub.contracts.subcommittees.ActivityPlanSubmitted;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * 活動企画書: one subcommittee's plan for one fiscal year. The secretariat drafts and edits it (only while it is a
 * DRAFT), submits it (ActivityPlanSubmitted), and it is approved by an officer or by the meeting that approves
 * the ACTIVITY_PLAN proposal naming it (ActivityPlanApproved with the grant, once), or rejected.
 */
@Document("activityPlans")
@CompoundIndex(name = "one_plan_per_subcommittee_and_year", def = "{'subcommitteeId': 1, 'fiscalYear': 1}", unique = true)
public class ActivityPlan extends OutboxAggregate {

    @Id
    private String id;
    private String subcommitteeId;
    private String subcommitteeName;
    private int fiscalYear;
    private PlanContent content;
    private PlanStatus status;
    private LocalDate submittedOn;
    private Decision decision;
    private Long grantYen;

    private ActivityPlan() {
    }

    /** Who decided and how: an officer through the API, or a meeting's proposal. */
    public record Decision(LocalDate on, String by, String proposalId, String reason) {
    }

    /** Drafts the plan of {@code subcommitteeId} (called {@code subcommitteeName} that year) for {@code year}. */
    public static ActivityPlan draft(String subcommitteeId, String subcommitteeName, FiscalYear year, PlanContent content) {
        ActivityPlan plan = new ActivityPlan();
        plan.id = UUID.randomUUID().toString();
        plan.subcommitteeId = Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        plan.subcommitteeName = Objects.requireNonNull(subcommitteeName, "subcommitteeName");
        plan.fiscalYear = year.startYear();
        plan.content = content.within(year);
        plan.status = PlanStatus.DRAFT;
        return plan;
    }

    /** Replaces what the plan says; only a DRAFT is edited. */
    public void revise(PlanContent content) {
        requireDraft("edited");
        this.content = content.within(fiscalYear());
    }

    /** 提出: asks for the estimate's total as the grant; records ActivityPlanSubmitted. */
    public void submit(LocalDate on) {
        requireDraft("submitted");
        if (content.estimate().items().isEmpty()) {
            throw new RuleViolationException("plan-without-estimate", "a plan is submitted with its cost estimate");
        }
        submittedOn = Objects.requireNonNull(on, "submittedOn");
        status = PlanStatus.SUBMITTED;
        record(new ActivityPlanSubmitted(id, subcommitteeId, subcommitteeName, fiscalYear, total().amount(), on));
    }

    /**
     * 承認 by an officer: only a SUBMITTED plan. The grant is the estimate's total if the subcommittee's kind gets
     * grants that year, else 0. Records ActivityPlanApproved.
     */
    public void approve(LocalDate on, String officer, boolean grantEligible) {
        if (status != PlanStatus.SUBMITTED) {
            throw new RuleViolationException("plan-not-submitted",
                    "this plan is " + status + "; only a submitted plan is approved");
        }
        approved(new Decision(requireDecisionDate(on), officer, null, null), grantEligible);
    }

    /**
     * 承認 by a meeting's ACTIVITY_PLAN proposal. A plan approved already stays as it is (a repeated delivery, or a
     * second approval, changes nothing): false. A rejected plan stays rejected. A plan the meeting approves before
     * it was formally submitted is approved all the same: the meeting decides.
     */
    public boolean approveByProposal(String proposalId, LocalDate on, boolean grantEligible) {
        if (status == PlanStatus.APPROVED || status == PlanStatus.REJECTED) {
            return false;
        }
        approved(new Decision(on, null, Objects.requireNonNull(proposalId, "proposalId"), null), grantEligible);
        return true;
    }

    private void approved(Decision decision, boolean grantEligible) {
        this.decision = decision;
        this.status = PlanStatus.APPROVED;
        this.grantYen = grantEligible ? total().amount() : 0L;
        record(new ActivityPlanApproved(id, subcommitteeId, subcommitteeName, fiscalYear, grantYen, decision.on()));
    }

    /** 否決 by an officer: only a SUBMITTED plan. */
    public void reject(LocalDate on, String officer, String reason) {
        if (status != PlanStatus.SUBMITTED) {
            throw new RuleViolationException("plan-not-submitted",
                    "this plan is " + status + "; only a submitted plan is rejected");
        }
        decision = new Decision(requireDecisionDate(on), officer, null, reason);
        status = PlanStatus.REJECTED;
    }

    /** 否決 by a meeting's proposal; a decided plan stays as decided (false). */
    public boolean rejectByProposal(String proposalId, LocalDate on) {
        if (status == PlanStatus.APPROVED || status == PlanStatus.REJECTED) {
            return false;
        }
        decision = new Decision(on, null, proposalId, null);
        status = PlanStatus.REJECTED;
        return true;
    }

    private LocalDate requireDecisionDate(LocalDate on) {
        Objects.requireNonNull(on, "decidedOn");
        if (submittedOn != null && on.isBefore(submittedOn)) {
            throw new InvalidFieldException("decidedOn", "must not be before the submission on " + submittedOn);
        }
        return on;
    }

    private void requireDraft(String what) {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolationException("plan-not-draft",
                    "this plan is " + status + "; only a draft is " + what);
        }
    }

    public Yen total() {
        return content.estimate().total();
    }

    public String id() {
        return id;
    }

    public String subcommitteeId() {
        return subcommitteeId;
    }

    public String subcommitteeName() {
        return subcommitteeName;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public PlanContent content() {
        return content;
    }

    public PlanStatus status() {
        return status;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public Decision decision() {
        return decision;
    }

    /** The approved grant; null until approved. */
    public Yen grant() {
        return grantYen == null ? null : Yen.of(grantYen);
    }
}
