package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.FiscalYear;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the plan and report forms post, as typed: a new draft plan; a date (not in the future) and, to return a plan,
 * the reason. Each
 * checks itself ({@code problems()}: field to message key) before anything is sent to subcommittee-service.
 */
final class PlanForms {

    private PlanForms() {
    }

    /**
     * A dated step of a plan or report: 提出 ({@code submittedOn}), 承認 ({@code approvedOn}), 報告 ({@code reportedOn});
     * {@code field} is both the form's and the service's name for the date.
     */
    record Dated(String field, String on) {

        Map<String, String> problems(LocalDate today) {
            Map<String, String> problems = new LinkedHashMap<>();
            dateProblem(on, today).ifPresent(key -> problems.put(field, key));
            return problems;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(field, on.strip());
            return body;
        }
    }

    /** 不承認 (returned to the subcommittee) with the reason the subcommittee reads: {@code {rejectedOn, reason}}. */
    record Rejection(String rejectedOn, String reason) {

        Map<String, String> problems(LocalDate today) {
            Map<String, String> problems = new LinkedHashMap<>();
            dateProblem(rejectedOn, today).ifPresent(key -> problems.put("rejectedOn", key));
            if (reason == null || reason.isBlank()) {
                problems.put("reason", "subcommittees.error.reasonRequired");
            } else if (reason.strip().length() > 2000) {
                problems.put("reason", "subcommittees.error.tooLong");
            }
            return problems;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("rejectedOn", rejectedOn.strip());
            body.put("reason", reason.strip());
            return body;
        }
    }

    /**
     * 活動企画書の作成: a draft for a subcommittee and the selected year, {@code POST /api/subcommittees/plans}; its
     * period is the fiscal year unless typed otherwise. The cost table is edited on the draft's own page.
     */
    record NewPlan(String subcommitteeId, String theme, String periodFrom, String periodTo, String background) {

        static NewPlan empty(FiscalYear year) {
            return new NewPlan("", "", year.start().toString(), year.end().toString(), "");
        }

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (subcommitteeId == null || subcommitteeId.isBlank()) {
                problems.put("subcommitteeId", "subcommittees.error.chooseSubcommittee");
            }
            problems.putAll(outlineProblems(theme, periodFrom, periodTo, background));
            return problems;
        }

        Map<String, Object> body(int fiscalYear) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("subcommitteeId", subcommitteeId.strip());
            body.put("fiscalYear", fiscalYear);
            body.put("theme", theme.strip());
            body.put("periodFrom", periodFrom.strip());
            body.put("periodTo", periodTo.strip());
            body.put("background", background == null || background.isBlank() ? null : background.strip());
            return body;
        }

    }

    /**
     * A plan's outline as typed, for a new draft and for the outline editor alike: a theme (at most 200 characters),
     * the period's two dates in order, a background of at most 20,000 characters.
     */
    static Map<String, String> outlineProblems(String theme, String periodFrom, String periodTo, String background) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (theme == null || theme.isBlank()) {
            problems.put("theme", "subcommittees.error.themeRequired");
        } else if (theme.strip().length() > 200) {
            problems.put("theme", "subcommittees.error.tooLong");
        }
        LocalDate from = day(periodFrom);
        LocalDate to = day(periodTo);
        if (from == null) {
            problems.put("periodFrom", "subcommittees.error.date");
        }
        if (to == null) {
            problems.put("periodTo", "subcommittees.error.date");
        } else if (from != null && to.isBefore(from)) {
            problems.put("periodTo", "subcommittees.error.periodEnd");
        }
        if (background != null && background.length() > 20_000) {
            problems.put("background", "subcommittees.error.tooLong");
        }
        return problems;
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** A posted or read value as the forms keep it: none is empty. */
    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A form's problems (field to message key) as messages in the page's language. */
    static Map<String, String> resolve(MessageSource messages, Map<String, String> keys) {
        Map<String, String> resolved = new LinkedHashMap<>();
        keys.forEach((field, key) -> resolved.put(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
        return resolved;
    }

    private static Optional<String> dateProblem(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return Optional.of("subcommittees.error.dateRequired");
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return day.isAfter(today) ? Optional.of("subcommittees.error.future") : Optional.empty();
        } catch (DateTimeParseException unreadable) {
            return Optional.of("subcommittees.error.date");
        }
    }
}
