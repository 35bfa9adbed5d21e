package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.subcommittee.report.ActivityReports;
import io.councilhub.subcommittee.subcommittee.GrantEligibility;
import io.councilhub.subcommittee.subcommittee.Subcommittee;
import io.councilhub.subcommittee.subcommittee.SubcommitteeStatus;
import io.councilhub.subcommittee.subcommittee.Subcommittees;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** Drafts, revises, submits and decides activity plans, and compares a plan with last year's record. */
@Service
public class ActivityPlanning {

    private final ActivityPlans plans;
    private final ActivityReports reports;
    private final Subcommittees subcommittees;
    private final GrantEligibility eligibility;

    ActivityPlanning(ActivityPlans plans, ActivityReports reports, Subcommittees subcommittees, GrantEligibility eligibility) {
        this.plans = plans;
        this.reports = reports;
        this.subcommittees = subcommittees;
        this.eligibility = eligibility;
    }

    /** Drafts the plan of a subcommittee for a year; one plan per subcommittee and year (409 {@code plan-exists}). */
    public ActivityPlan draft(String subcommitteeId, FiscalYear year, PlanContent content) {
        Subcommittee subcommittee = subcommittee(subcommitteeId);
        if (subcommittee.status() == SubcommitteeStatus.DISSOLVED) {
            throw new RuleViolationException("subcommittee-dissolved", subcommittee.name() + " is dissolved");
        }
        plans.findBySubcommitteeIdAndFiscalYear(subcommitteeId, year.startYear()).ifPresent(existing -> {
            throw new RuleViolationException("plan-exists",
                    subcommittee.nameIn(year) + " has a plan for " + year.label() + " already: " + existing.id());
        });
        return plans.save(ActivityPlan.draft(subcommitteeId, subcommittee.nameIn(year), year, content));
    }

    public ActivityPlan revise(String id, PlanContent content) {
        ActivityPlan plan = get(id);
        plan.revise(content);
        return plans.save(plan);
    }

    /**
     * Replaces one part of a draft, as {@code part} makes it from the plan's content ({@link PlanContent#withOutline},
     * {@link PlanContent#withSchedule}, {@link PlanContent#withEstimate}): the other parts stay as they are.
     */
    public ActivityPlan revisePart(String id, UnaryOperator<PlanContent> part) {
        ActivityPlan plan = get(id);
        plan.revise(part.apply(plan.content()));
        return plans.save(plan);
    }

    public ActivityPlan submit(String id, LocalDate on) {
        ActivityPlan plan = get(id);
        plan.submit(on);
        return plans.save(plan);
    }

    /** 承認 by an officer; the grant follows the subcommittee's kind's eligibility that year. */
    public ActivityPlan approve(String id, LocalDate on, String officer) {
        ActivityPlan plan = get(id);
        plan.approve(on, officer, grantEligible(plan));
        return plans.save(plan);
    }

    public ActivityPlan reject(String id, LocalDate on, String officer, String reason) {
        ActivityPlan plan = get(id);
        plan.reject(on, officer, reason);
        return plans.save(plan);
    }

    /** 承認 by a meeting's proposal; false (and nothing written) if the plan was decided already. */
    boolean approveByProposal(String id, String proposalId, LocalDate on) {
        ActivityPlan plan = get(id);
        if (!plan.approveByProposal(proposalId, on, grantEligible(plan))) {
            return false;
        }
        plans.save(plan);
        return true;
    }

    boolean rejectByProposal(String id, String proposalId, LocalDate on) {
        ActivityPlan plan = get(id);
        if (!plan.rejectByProposal(proposalId, on)) {
            return false;
        }
        plans.save(plan);
        return true;
    }

    public ActivityPlan get(String id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("activity plan", id));
    }

    public List<ActivityPlan> ofYear(FiscalYear year) {
        return plans.findByFiscalYearOrderBySubcommitteeName(year.startYear());
    }

    /** (参考) 前年度実績との比較 of {@code plan}: last year's report and plan of the same subcommittee. */
    public ComparisonTable comparison(ActivityPlan plan) {
        int lastYear = plan.fiscalYear().previous().startYear();
        return PlanComparison.of(plan,
                reports.findBySubcommitteeIdAndFiscalYear(plan.subcommitteeId(), lastYear).orElse(null),
                plans.findBySubcommitteeIdAndFiscalYear(plan.subcommitteeId(), lastYear).orElse(null));
    }

    /** Whether a MEMBER organisation may read the plan: it represents the subcommittee or takes part in it. */
    public boolean isOfMember(ActivityPlan plan, String memberId) {
        return subcommittees.findById(plan.subcommitteeId()).map(found -> found.isOrganisationOf(memberId)).orElse(false);
    }

    private boolean grantEligible(ActivityPlan plan) {
        return eligibility.eligible(subcommittee(plan.subcommitteeId()).kind(), plan.fiscalYear());
    }

    private Subcommittee subcommittee(String id) {
        return subcommittees.findById(id).orElseThrow(() -> new NotFoundException("subcommittee", id));
    }
}
