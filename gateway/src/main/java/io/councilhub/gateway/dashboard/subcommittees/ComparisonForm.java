package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.ComparisonEntry;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.ComparisonRow;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Plan;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.councilhub.gateway.dashboard.subcommittees.PlanForms.orEmpty;

/**
 * 前年度実績との比較の編集: a draft plan's comparison rows as the secretariat types them. A row either takes its text
 * from last year's report and this plan (研究テーマ, 活動期間, 部会, 共同研究会: a column left empty is derived, and
 * the page shows what it derives as a placeholder) or prints as entered ({@code TEXT}: アンケート and the like). Empty
 * rows are left out; the form offers two more than the plan has; sending none gives the packet's four derived rows
 * back. It checks itself ({@link #problems()}: {@code rows[i].field} to a message key) before it becomes
 * subcommittee-service's {@code PUT .../comparison} body, and reads the service's {@code rows[k]...} back as its own
 * rows. The 活動費合計 row is always added by the service, so it is not a row here.
 */
final class ComparisonForm {

    /** The service's sources of a row, in the order the form offers them. */
    static final List<String> SOURCES = List.of("THEME", "PERIOD", "MEETINGS", "SESSIONS", "TEXT");
    static final int BLANK_ROWS = 2;
    static final int MAX_ROWS = 50;
    static final int MAX_HEADING = 200;
    static final int MAX_TEXT = 2_000;

    /**
     * One row as typed; {@code lastYearShown} and {@code thisYearShown} are what a derived row printed when the page was
     * opened (the placeholders of its empty columns), empty for a row typed as text or added.
     */
    record Row(String heading, String source, String lastYear, String thisYear, String lastYearShown,
               String thisYearShown) {

        static Row empty() {
            return new Row("", "TEXT", "", "", "", "");
        }

        boolean blank() {
            return heading.isBlank() && lastYear.isBlank() && thisYear.isBlank();
        }
    }

    private final List<Row> rows;

    private ComparisonForm(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The plan's rows as entered, each derived one with what it printed, and two empty rows. */
    static ComparisonForm of(Plan plan) {
        List<Row> rows = new ArrayList<>();
        List<ComparisonEntry> entered = plan.comparisonRows() == null ? List.of() : plan.comparisonRows();
        List<ComparisonRow> printed = plan.comparison() == null ? List.of() : plan.comparison().rows();
        for (int i = 0; i < entered.size(); i++) {
            ComparisonEntry entry = entered.get(i);
            boolean derived = !"TEXT".equals(entry.source()) && i < printed.size();
            rows.add(new Row(orEmpty(entry.heading()), orEmpty(entry.source()), orEmpty(entry.lastYear()),
                    orEmpty(entry.thisYear()), derived ? orEmpty(printed.get(i).lastYear()) : "",
                    derived ? orEmpty(printed.get(i).thisYear()) : ""));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(Row.empty());
        }
        return new ComparisonForm(rows);
    }

    /** The posted rows: {@code rows[i].heading}, {@code .source}, {@code .lastYear}, {@code .thisYear}, and the shown texts. */
    static ComparisonForm of(HttpServletRequest request) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; request.getParameter("rows[" + i + "].heading") != null && i <= MAX_ROWS + BLANK_ROWS; i++) {
            String at = "rows[" + i + "].";
            rows.add(new Row(request.getParameter(at + "heading"), orEmpty(request.getParameter(at + "source")),
                    orEmpty(request.getParameter(at + "lastYear")), orEmpty(request.getParameter(at + "thisYear")),
                    orEmpty(request.getParameter(at + "lastYearShown")), orEmpty(request.getParameter(at + "thisYearShown"))));
        }
        return new ComparisonForm(rows);
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Field to message key: each kept row needs an item name and a known source, and its texts within bounds. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Integer> kept = sent().rows();
        if (kept.size() > MAX_ROWS) {
            problems.put("rows", "subcommittees.error.tooManyComparisonRows");
        }
        for (int i : kept) {
            Row row = rows.get(i);
            String at = "rows[" + i + "].";
            if (row.heading().isBlank()) {
                problems.put(at + "heading", "subcommittees.error.comparisonHeadingRequired");
            } else if (row.heading().strip().length() > MAX_HEADING) {
                problems.put(at + "heading", "subcommittees.error.tooLong");
            }
            if (!SOURCES.contains(row.source())) {
                problems.put(at + "source", "subcommittees.error.comparisonSource");
            }
            if (row.lastYear().strip().length() > MAX_TEXT) {
                problems.put(at + "lastYear", "subcommittees.error.tooLong");
            }
            if (row.thisYear().strip().length() > MAX_TEXT) {
                problems.put(at + "thisYear", "subcommittees.error.tooLong");
            }
        }
        return problems;
    }

    /** {@code PUT /api/subcommittees/plans/{id}/comparison}: the kept rows, an empty column as none (derived). */
    Map<String, Object> body() {
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int i : sent().rows()) {
            Row row = rows.get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("heading", row.heading().strip());
            entry.put("source", row.source());
            entry.put("lastYear", row.lastYear().isBlank() ? null : row.lastYear().strip());
            entry.put("thisYear", row.thisYear().isBlank() ? null : row.thisYear().strip());
            sent.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", sent);
        return body;
    }

    /** The form's name for a field the service named: {@code rows[k].heading} is the k-th kept row's. */
    String formField(String serviceField) {
        return sent().formField(serviceField);
    }

    private SentRows sent() {
        return SentRows.of(rows, Row::blank, "rows", "rows", "heading");
    }
}
