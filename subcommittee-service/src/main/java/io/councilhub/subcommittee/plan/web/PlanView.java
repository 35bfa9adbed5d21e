package io.councilhub.subcommittee.plan.web;

import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.subcommittee.plan.ActivityPlan;
import io.councilhub.subcommittee.plan.ComparisonTable;
import io.councilhub.subcommittee.plan.CostItem;
import io.councilhub.subcommittee.plan.Factor;
import io.councilhub.subcommittee.plan.PlanContent;
import io.councilhub.subcommittee.plan.PlanStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An activity plan as the packet lays it out, with the figures as numbers and as printed ({@code 155,000円}). The
 * comparison comes twice: as printed ({@code comparison}, one row per entered row and the total) and as entered
 * ({@code comparisonRows}: each row's source, and the columns entered, null where derived), for an editor.
 */
record PlanView(String id, String subcommitteeId, String subcommitteeName, int fiscalYear, String fiscalYearLabel,
                PlanStatus status, String theme, Period period, String background, List<PlanContent.Section> framework,
                List<Activity> schedule, Estimate estimate, ComparisonTable comparison,
                List<PlanContent.ComparisonRow> comparisonRows, LocalDate submittedOn,
                ActivityPlan.Decision decision, Long grant, String grantDisplay) {

    record Period(LocalDate from, LocalDate to, String label) {
    }

    record Activity(PlanContent.ActivityKind kind, String title, String format, List<Integer> months, String monthsLabel,
                    int count) {
    }

    record Estimate(List<Item> items, long total, String totalDisplay) {
    }

    record Item(String heading, String description, long unitPrice, String unitPriceDisplay, List<Factor> factors,
                String quantity, String note, String basis, long amount, String amountDisplay) {

        static Item of(CostItem item) {
            return new Item(item.heading(), item.description(), item.unitPrice(), item.price().format(), item.factors(),
                    item.quantityLabel(), item.note(), item.basis(), item.amount().amount(), item.amount().format());
        }
    }

    static PlanView of(ActivityPlan plan, ComparisonTable comparison) {
        PlanContent content = plan.content();
        return new PlanView(plan.id(), plan.subcommitteeId(), plan.subcommitteeName(), plan.fiscalYear().startYear(),
                plan.fiscalYear().label(), plan.status(), content.theme(),
                new Period(content.periodFrom(), content.periodTo(),
                        JapaneseDates.format(content.periodFrom()) + "～" + JapaneseDates.format(content.periodTo())),
                content.background(), content.framework(),
                content.schedule().stream().map(activity -> new Activity(activity.kind(), activity.title(),
                        activity.format(), activity.months(), months(activity.months()), activity.months().size())).toList(),
                new Estimate(content.estimate().items().stream().map(Item::of).toList(), plan.total().amount(),
                        plan.total().format()),
                comparison, content.comparisonRows(), plan.submittedOn(), plan.decision(),
                plan.grant() == null ? null : plan.grant().amount(), plan.grant() == null ? null : plan.grant().format());
    }

    static String months(List<Integer> months) {
        return months.stream().map(month -> month + "月").collect(Collectors.joining("・"));
    }
}
