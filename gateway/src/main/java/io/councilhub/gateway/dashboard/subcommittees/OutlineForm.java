package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Plan;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Section;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.councilhub.gateway.dashboard.subcommittees.PlanForms.orEmpty;

/**
 * 活動企画書の概要の編集: a draft's 研究テーマ, 部会設置期間, 背景・目的 and 検討の枠組み (titled sections of text) as the
 * secretariat types them. Empty sections are left out; the form offers two more than the plan has. It checks itself
 * ({@link #problems()}: field to message key, {@code sections[i].title} for a section's) before it becomes
 * subcommittee-service's {@code PUT .../outline} body, and reads the service's {@code framework[k].title} back as its
 * own section rows. The plan's schedule, costs and comparison are not in it, so saving cannot change them.
 */
final class OutlineForm {

    static final int BLANK_SECTIONS = 2;
    static final int MAX_SECTIONS = 50;
    static final int MAX_TEXT = 20_000;

    /** One section as typed. */
    record SectionRow(String title, String text) {

        boolean blank() {
            return (title == null || title.isBlank()) && (text == null || text.isBlank());
        }
    }

    private final String theme;
    private final String periodFrom;
    private final String periodTo;
    private final String background;
    private final List<SectionRow> sections;

    private OutlineForm(String theme, String periodFrom, String periodTo, String background, List<SectionRow> sections) {
        this.theme = orEmpty(theme);
        this.periodFrom = orEmpty(periodFrom);
        this.periodTo = orEmpty(periodTo);
        this.background = orEmpty(background);
        this.sections = List.copyOf(sections);
    }

    /** The plan's outline as it stands, and two empty sections. */
    static OutlineForm of(Plan plan) {
        List<SectionRow> rows = new ArrayList<>();
        if (plan.framework() != null) {
            for (Section section : plan.framework()) {
                rows.add(new SectionRow(orEmpty(section.title()), orEmpty(section.text())));
            }
        }
        addBlank(rows);
        return new OutlineForm(plan.theme(), plan.period() == null ? "" : plan.period().from(),
                plan.period() == null ? "" : plan.period().to(), plan.background(), rows);
    }

    /** The posted form: {@code theme}, {@code periodFrom}, {@code periodTo}, {@code background}, and per section row {@code sectionTitle} and {@code sectionText}. */
    static OutlineForm of(HttpServletRequest request) {
        String[] titles = values(request, "sectionTitle");
        String[] texts = values(request, "sectionText");
        List<SectionRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(titles.length, texts.length); i++) {
            rows.add(new SectionRow(i < titles.length ? titles[i] : "", i < texts.length ? texts[i] : ""));
        }
        return new OutlineForm(request.getParameter("theme"), request.getParameter("periodFrom"),
                request.getParameter("periodTo"), request.getParameter("background"), rows);
    }

    public String getTheme() {
        return theme;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public String getBackground() {
        return background;
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    /** Field to message key: the theme, period and background as for a new plan; each section needs its title. */
    Map<String, String> problems() {
        Map<String, String> problems = PlanForms.outlineProblems(theme, periodFrom, periodTo, background);
        List<Integer> kept = sent().rows();
        if (kept.size() > MAX_SECTIONS) {
            problems.put("sections", "subcommittees.error.tooManySections");
        }
        for (int row : kept) {
            SectionRow section = sections.get(row);
            if (section.title() == null || section.title().isBlank()) {
                problems.put("sections[" + row + "].title", "subcommittees.error.sectionTitleRequired");
            } else if (section.title().strip().length() > 200) {
                problems.put("sections[" + row + "].title", "subcommittees.error.tooLong");
            }
            if (section.text() != null && section.text().length() > MAX_TEXT) {
                problems.put("sections[" + row + "].text", "subcommittees.error.tooLong");
            }
        }
        return problems;
    }

    /** {@code PUT /api/subcommittees/plans/{id}/outline}: the non-empty sections in their order. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("theme", theme.strip());
        body.put("periodFrom", periodFrom.strip());
        body.put("periodTo", periodTo.strip());
        body.put("background", background.isBlank() ? null : background.strip());
        List<Map<String, Object>> framework = new ArrayList<>();
        for (int row : sent().rows()) {
            SectionRow section = sections.get(row);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", section.title().strip());
            item.put("text", section.text() == null || section.text().isBlank() ? null : section.text().strip());
            framework.add(item);
        }
        body.put("framework", framework);
        return body;
    }

    /** The form's name for a field the service named: {@code framework[k].title} is the k-th kept section's row. */
    String formField(String serviceField) {
        return sent().formField(serviceField);
    }

    /** The same form with its empty sections dropped and two fresh ones, to show again after a refusal. */
    OutlineForm again() {
        List<SectionRow> rows = new ArrayList<>(sections);
        if (rows.stream().noneMatch(SectionRow::blank)) {
            addBlank(rows);
        }
        return new OutlineForm(theme, periodFrom, periodTo, background, rows);
    }

    private SentRows sent() {
        return SentRows.of(sections, SectionRow::blank, "framework", "sections", "title");
    }

    private static void addBlank(List<SectionRow> rows) {
        for (int i = 0; i < BLANK_SECTIONS; i++) {
            rows.add(new SectionRow("", ""));
        }
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }
}
