package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.subcommittee.plan.PlanContent.ActivityKind;
import io.councilhub.subcommittee.plan.PlanContent.ComparisonRow;
import io.councilhub.subcommittee.plan.PlanContent.RowSource;
import io.councilhub.subcommittee.report.ActivityReport;
import io.councilhub.subcommittee.report.ReportContent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a plan's 前年度実績との比較 from last year's report (what was held and spent) and, where the report is silent,
 * last year's plan. Rows the plan does not list come in the packet's order: 研究テーマ, 活動期間, 部会, 共同研究会; the
 * total row 活動費合計 always ends the table.
 */
final class PlanComparison {

    static final List<ComparisonRow> DEFAULT_ROWS = List.of(
            new ComparisonRow("研究テーマ", RowSource.THEME, null, null),
            new ComparisonRow("活動期間", RowSource.PERIOD, null, null),
            new ComparisonRow("部会", RowSource.MEETINGS, null, null),
            new ComparisonRow("共同研究会", RowSource.SESSIONS, null, null));

    private static final String NONE = "(特になし)";

    private PlanComparison() {
    }

    static ComparisonTable of(ActivityPlan plan, ActivityReport lastYearsReport, ActivityPlan lastYearsPlan) {
        PlanContent content = plan.content();
        List<ComparisonRow> rows = content.comparisonRows();
        ReportContent report = lastYearsReport == null ? null : lastYearsReport.content();
        PlanContent previous = lastYearsPlan == null ? null : lastYearsPlan.content();
        List<ComparisonTable.Row> table = new ArrayList<>();
        for (ComparisonRow row : rows) {
            table.add(switch (row.source()) {
                case THEME -> new ComparisonTable.Row(row.heading(),
                        or(row.lastYear(), report != null && report.theme() != null ? report.theme()
                                : previous != null ? previous.theme() : null),
                        or(row.thisYear(), content.theme()));
                case PERIOD -> new ComparisonTable.Row(row.heading(),
                        or(row.lastYear(), report != null ? period(report.periodFrom(), report.periodTo())
                                : previous != null ? period(previous.periodFrom(), previous.periodTo()) : null),
                        or(row.thisYear(), period(content.periodFrom(), content.periodTo())));
                case MEETINGS -> new ComparisonTable.Row(row.heading(),
                        or(row.lastYear(), report == null ? null
                                : held(report.meetings().stream().map(ReportContent.MeetingHeld::date).toList())),
                        or(row.thisYear(), planned(content, ActivityKind.MEETING)));
                case SESSIONS -> new ComparisonTable.Row(row.heading(),
                        or(row.lastYear(), report == null ? null
                                : held(report.sessions().stream()
                                .filter(session -> session.kind() == ReportContent.SessionKind.JOINT_STUDY)
                                .map(ReportContent.SessionHeld::date).toList())),
                        or(row.thisYear(), planned(content, ActivityKind.JOINT_SESSION)));
                case TEXT -> new ComparisonTable.Row(row.heading(), or(row.lastYear(), null), or(row.thisYear(), null));
            });
        }
        Yen lastYearActual = report == null ? null : report.actualTotal();
        table.add(new ComparisonTable.Row(ComparisonTable.TOTAL, lastYearActual == null ? NONE : lastYearActual.format(),
                plan.total().format()));
        return new ComparisonTable(plan.fiscalYear().previous().label(), plan.fiscalYear().label(), table, lastYearActual,
                plan.total());
    }

    /** {@code 7月・9月・3月、3回実施}. */
    static String held(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return NONE;
        }
        return months(dates.stream().map(LocalDate::getMonthValue).toList()) + "、" + dates.size() + "回実施";
    }

    /** {@code 7月・9月・12月・3月、4回計画}. */
    static String planned(PlanContent content, ActivityKind kind) {
        List<Integer> months = content.schedule().stream().filter(activity -> activity.kind() == kind)
                .flatMap(activity -> activity.months().stream()).toList();
        if (months.isEmpty()) {
            return NONE;
        }
        return months(months) + "、" + months.size() + "回計画";
    }

    /** Months in the order of the fiscal year (April first), each once: {@code 8月・11月・2月}. */
    private static String months(List<Integer> months) {
        return months.stream().distinct().sorted(Comparator.comparingInt(month -> (month + 8) % 12))
                .map(month -> month + "月").collect(Collectors.joining("・"));
    }

    static String period(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : JapaneseDates.format(from) + "～" + JapaneseDates.format(to);
    }

    private static String or(String entered, String derived) {
        return entered != null ? entered : derived == null ? NONE : derived;
    }
}
