package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;

import java.time.LocalDate;
import java.util.List;

/**
 * What an activity plan says, as the packet lays it out: the theme (研究テーマ), the period of establishment
 * (部会設置期間), background and purpose (背景・目的), the framework (検討の枠組み, named sections of text), the
 * planned meetings and sessions by month, the cost estimate (経費見積) and the rows of the comparison with last
 * year (前年度実績との比較) beyond the ones derived from last year's report.
 */
public record PlanContent(String theme, LocalDate periodFrom, LocalDate periodTo, String background,
                          List<Section> framework, List<PlannedActivity> schedule, CostEstimate estimate,
                          List<ComparisonRow> comparison) {

    public static final int MAX_TEXT = 20_000;

    /**
     * The same plan with another outline: theme, period, background and purpose, and framework; its schedule, cost
     * estimate and comparison rows as they are.
     */
    public PlanContent withOutline(String theme, LocalDate periodFrom, LocalDate periodTo, String background,
                                   List<Section> framework) {
        return new PlanContent(theme, periodFrom, periodTo, background, framework, schedule, estimate, comparison);
    }

    /** The same plan with another schedule (活動予定), everything else as it is. */
    public PlanContent withSchedule(List<PlannedActivity> replaced) {
        return new PlanContent(theme, periodFrom, periodTo, background, framework, replaced, estimate, comparison);
    }

    /** The same plan with another cost estimate (経費見積), everything else as it is. */
    public PlanContent withEstimate(CostEstimate replaced) {
        return new PlanContent(theme, periodFrom, periodTo, background, framework, schedule, replaced, comparison);
    }

    /**
     * The same plan with other rows of the comparison with last year (前年度実績との比較), everything else as it is;
     * none gives the packet's four derived rows.
     */
    public PlanContent withComparison(List<ComparisonRow> replaced) {
        return new PlanContent(theme, periodFrom, periodTo, background, framework, schedule, estimate, replaced);
    }

    /** The comparison rows as entered, or the packet's four derived rows when none are. */
    public List<ComparisonRow> comparisonRows() {
        return comparison.isEmpty() ? PlanComparison.DEFAULT_ROWS : comparison;
    }

    public PlanContent {
        theme = text(theme, "theme", 200);
        background = text(background, "background", MAX_TEXT);
        framework = framework == null ? List.of() : List.copyOf(framework);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        estimate = estimate == null ? CostEstimate.EMPTY : estimate;
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new InvalidFieldException("periodTo", "must not be before periodFrom");
        }
    }

    /** The period as given, or else the whole fiscal year. */
    PlanContent within(FiscalYear year) {
        return new PlanContent(theme, periodFrom == null ? year.start() : periodFrom,
                periodTo == null ? year.end() : periodTo, background, framework, schedule, estimate, comparison);
    }

    /** A named section of the framework: {@code 事前調査}, {@code 検討部会}, {@code 共同研究会}, {@code 情報発信}. */
    public record Section(String title, String text) {
        public Section {
            if (title == null || title.isBlank()) {
                throw new InvalidFieldException("title", "must not be blank");
            }
            title = title.strip();
            text = PlanContent.text(text, "text", MAX_TEXT);
        }
    }

    /**
     * A kind of meeting or session planned in given months (1..12): {@code 検討部会} in 7, 9, 12 and 3 as
     * {@code Web形式}.
     */
    public record PlannedActivity(ActivityKind kind, String title, String format, List<Integer> months) {
        public PlannedActivity {
            if (kind == null) {
                throw new InvalidFieldException("kind", "must be one of MEETING, JOINT_SESSION, EVENT, SURVEY, OUTREACH, OTHER");
            }
            if (title == null || title.isBlank()) {
                throw new InvalidFieldException("title", "must not be blank");
            }
            title = title.strip();
            format = text(format, "format", 200);
            months = months == null ? List.of() : List.copyOf(months);
            for (int i = 0; i < months.size(); i++) {
                if (months.get(i) == null || months.get(i) < 1 || months.get(i) > 12) {
                    throw new InvalidFieldException("months[" + i + "]", "must be a month from 1 to 12");
                }
            }
        }
    }

    /** What is planned: 部会 (MEETING), 共同研究会 (JOINT_SESSION), events, surveys, 情報発信 (OUTREACH). */
    public enum ActivityKind {
        MEETING, JOINT_SESSION, EVENT, SURVEY, OUTREACH, OTHER
    }

    /**
     * A row of the comparison with last year. {@code TEXT} rows print as entered; the others are derived from
     * last year's report and this plan (theme, period, meetings held vs planned, joint sessions).
     */
    public record ComparisonRow(String heading, RowSource source, String lastYear, String thisYear) {
        public ComparisonRow {
            if (heading == null || heading.isBlank()) {
                throw new InvalidFieldException("heading", "must not be blank");
            }
            heading = text(heading, "heading", 200);
            source = source == null ? RowSource.TEXT : source;
            lastYear = text(lastYear, "lastYear", 2_000);
            thisYear = text(thisYear, "thisYear", 2_000);
        }
    }

    public enum RowSource {
        THEME, PERIOD, MEETINGS, SESSIONS, TEXT
    }

    private static String text(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
        return text.strip();
    }
}
