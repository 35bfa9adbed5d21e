package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Activity;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.councilhub.gateway.dashboard.subcommittees.PlanForms.orEmpty;

/**
 * 活動予定の編集: a draft plan's planned meetings and sessions as the secretariat ticks them, one row per activity (its
 * kind, title, format and the months it is held in, April to March). Empty rows are left out; the form offers two
 * more than the plan has. It checks itself ({@link #problems()}: {@code rows[i].field} to a message key) before it
 * becomes subcommittee-service's {@code PUT .../schedule} body, and reads the service's {@code schedule[k]...} back as
 * its own rows.
 */
final class ScheduleForm {

    /** The service's kinds of activity, in the order the form offers them. */
    static final List<String> KINDS = List.of("MEETING", "JOINT_SESSION", "EVENT", "SURVEY", "OUTREACH", "OTHER");
    /** The fiscal year's months in order, April to March. */
    static final List<Integer> MONTHS = List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3);
    static final int BLANK_ROWS = 2;
    static final int MAX_ROWS = 50;

    /** One activity as typed; {@code months} as ticked (numbers 1 to 12 when valid). */
    record Row(String kind, String title, String format, List<String> months) {

        static Row empty() {
            return new Row("MEETING", "", "", List.of());
        }

        boolean blank() {
            return (title == null || title.isBlank()) && (format == null || format.isBlank()) && months.isEmpty();
        }

        /** Whether {@code month} is ticked, for the page. */
        public boolean has(int month) {
            return months.contains(Integer.toString(month));
        }
    }

    private final List<Row> rows;

    private ScheduleForm(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The plan's activities and two empty rows. */
    static ScheduleForm of(List<Activity> activities) {
        List<Row> rows = new ArrayList<>();
        if (activities != null) {
            for (Activity activity : activities) {
                rows.add(new Row(activity.kind(), orEmpty(activity.title()), orEmpty(activity.format()),
                        activity.months() == null ? List.of() : activity.months().stream().map(String::valueOf).toList()));
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(Row.empty());
        }
        return new ScheduleForm(rows);
    }

    /** The posted rows: {@code rows[i].kind}, {@code rows[i].title}, {@code rows[i].format}, {@code rows[i].months}. */
    static ScheduleForm of(HttpServletRequest request) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; request.getParameter("rows[" + i + "].title") != null && i <= MAX_ROWS + BLANK_ROWS; i++) {
            String at = "rows[" + i + "].";
            String[] months = request.getParameterValues(at + "months");
            rows.add(new Row(orEmpty(request.getParameter(at + "kind")), request.getParameter(at + "title"),
                    orEmpty(request.getParameter(at + "format")), months == null ? List.of() : List.of(months)));
        }
        return new ScheduleForm(rows);
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Field to message key: each kept row needs a known kind, a title, and months from 1 to 12. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Integer> kept = sent().rows();
        if (kept.size() > MAX_ROWS) {
            problems.put("rows", "subcommittees.error.tooManyActivities");
        }
        for (int i : kept) {
            Row row = rows.get(i);
            String at = "rows[" + i + "].";
            if (!KINDS.contains(row.kind())) {
                problems.put(at + "kind", "subcommittees.error.activityKind");
            }
            if (row.title() == null || row.title().isBlank()) {
                problems.put(at + "title", "subcommittees.error.activityTitleRequired");
            } else if (row.title().strip().length() > 200) {
                problems.put(at + "title", "subcommittees.error.tooLong");
            }
            if (row.format() != null && row.format().strip().length() > 200) {
                problems.put(at + "format", "subcommittees.error.tooLong");
            }
            if (!row.months().stream().allMatch(month -> MONTHS.stream().map(String::valueOf).anyMatch(month::equals))) {
                problems.put(at + "months", "subcommittees.error.month");
            }
        }
        return problems;
    }

    /** {@code PUT /api/subcommittees/plans/{id}/schedule}: the kept rows, each one's months April to March. */
    Map<String, Object> body() {
        List<Map<String, Object>> schedule = new ArrayList<>();
        for (int i : sent().rows()) {
            Row row = rows.get(i);
            Map<String, Object> activity = new LinkedHashMap<>();
            activity.put("kind", row.kind());
            activity.put("title", row.title().strip());
            activity.put("format", row.format().isBlank() ? null : row.format().strip());
            activity.put("months", MONTHS.stream().filter(month -> row.has(month)).toList());
            schedule.add(activity);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schedule", schedule);
        return body;
    }

    /** The form's name for a field the service named: {@code schedule[k].months[j]} is the k-th kept row's months. */
    String formField(String serviceField) {
        return sent().formField(serviceField);
    }

    private SentRows sent() {
        return SentRows.of(rows, Row::blank, "schedule", "rows", "title");
    }
}
