package io.councilhub.gateway.dashboard.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the secretariat's meeting forms post, as typed. Each form checks itself before anything is sent
 * ({@code problems()}: field to message key, empty when it may go) and builds the body events-service's API takes;
 * times are typed in Tokyo and sent as offsets ({@code 2022-07-15T14:00+09:00}).
 */
final class MeetingForms {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final List<String> KINDS = List.of("GENERAL_ASSEMBLY", "EXTRAORDINARY_ASSEMBLY", "EXECUTIVE_COMMITTEE",
            "SEMINAR", "FORUM", "PITCH_SESSION", "CASE_STUDY_EXCHANGE", "SUBCOMMITTEE_MEETING", "OTHER");
    static final List<String> FORMATS = List.of("ONLINE", "IN_PERSON", "HYBRID", "WRITTEN");
    static final List<String> AUDIENCES = List.of("MEMBERS", "OFFICERS", "PUBLIC");
    static final List<String> PROPOSAL_KINDS = List.of("BUSINESS_PLAN", "BUDGET", "SETTLEMENT", "OFFICER_ELECTION",
            "MEMBER_ADMISSION", "ACTIVITY_PLAN", "SUBCOMMITTEE_ESTABLISHMENT", "BYLAWS_AMENDMENT", "OTHER");
    /** The kinds whose subject is another context's id (the service refuses them without one). */
    static final Set<String> ID_SUBJECTS = Set.of("MEMBER_ADMISSION", "ACTIVITY_PLAN", "SUBCOMMITTEE_ESTABLISHMENT");
    /** The meetings that decide: only these have proposals (events-service's VotingBody). */
    static final Set<String> DECIDING = Set.of("GENERAL_ASSEMBLY", "EXTRAORDINARY_ASSEMBLY", "EXECUTIVE_COMMITTEE");
    static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    private MeetingForms() {
    }

    /** 会議の登録: {@code POST /api/meetings}. */
    record Schedule(String kind, String title, String date, String startTime, String endTime, String format,
                    String venue, String joinUrl, String responseDeadline, String audience, String capacity,
                    String description) {

        static Schedule empty() {
            return new Schedule("GENERAL_ASSEMBLY", "", "", "14:00", "16:00", "ONLINE", "", "", "", "MEMBERS", "", "");
        }

        boolean online() {
            return "ONLINE".equals(format) || "HYBRID".equals(format);
        }

        boolean inPerson() {
            return "IN_PERSON".equals(format) || "HYBRID".equals(format);
        }

        boolean written() {
            return "WRITTEN".equals(format);
        }

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (!in(KINDS, kind)) {
                problems.put("kind", "meetings.error.choose");
            }
            if (blank(title)) {
                problems.put("title", "meetings.error.required");
            } else if (title.strip().length() > 200) {
                problems.put("title", "meetings.error.tooLong");
            }
            LocalDate day = parseDate(date);
            if (day == null) {
                problems.put("date", blank(date) ? "meetings.error.required" : "meetings.error.date");
            }
            LocalTime start = parseTime(startTime);
            LocalTime end = parseTime(endTime);
            if (start == null) {
                problems.put("startTime", blank(startTime) ? "meetings.error.required" : "meetings.error.time");
            }
            if (end == null) {
                problems.put("endTime", blank(endTime) ? "meetings.error.required" : "meetings.error.time");
            } else if (start != null && !end.isAfter(start)) {
                problems.put("endTime", "meetings.error.endBeforeStart");
            }
            if (!in(FORMATS, format)) {
                problems.put("format", "meetings.error.choose");
            }
            if (inPerson() && blank(venue)) {
                problems.put("venue", "meetings.error.venueRequired");
            } else if (!blank(venue) && venue.strip().length() > 300) {
                problems.put("venue", "meetings.error.tooLong");
            }
            if (online() && (blank(joinUrl) || !joinUrl.strip().startsWith("https://"))) {
                problems.put("joinUrl", "meetings.error.joinUrl");
            }
            if (written()) {
                LocalDateTime deadline = parseDateTime(responseDeadline);
                if (deadline == null) {
                    problems.put("responseDeadline", "meetings.error.deadlineRequired");
                } else if (day != null && start != null && deadline.isBefore(day.atTime(start))) {
                    problems.put("responseDeadline", "meetings.error.deadlineBeforeStart");
                }
            }
            if (!in(AUDIENCES, audience)) {
                problems.put("audience", "meetings.error.choose");
            }
            if (!blank(capacity) && !capacity.strip().matches("\\d{1,6}")) {
                problems.put("capacity", "meetings.error.capacity");
            }
            if (!blank(description) && description.length() > 4000) {
                problems.put("description", "meetings.error.tooLong");
            }
            return problems;
        }

        /** Only what the format has: a venue in person, a join URL online, a response deadline in writing. */
        Map<String, Object> body() {
            LocalDate day = parseDate(date);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("title", title.strip());
            body.put("description", blankToNull(description));
            body.put("startsAt", day.atTime(parseTime(startTime)).atZone(TOKYO).toOffsetDateTime().toString());
            body.put("endsAt", day.atTime(parseTime(endTime)).atZone(TOKYO).toOffsetDateTime().toString());
            body.put("format", format);
            body.put("venue", inPerson() ? venue.strip() : null);
            body.put("joinUrl", online() ? joinUrl.strip() : null);
            body.put("responseDeadline", written()
                    ? parseDateTime(responseDeadline).atZone(TOKYO).toOffsetDateTime().toString() : null);
            body.put("audience", audience);
            body.put("capacity", blank(capacity) ? null : Integer.valueOf(capacity.strip()));
            return body;
        }

        /** The service's field names on this form: its start and end are the form's date and times. */
        static String formField(String serviceField) {
            return switch (serviceField) {
                case "startsAt" -> "date";
                case "endsAt" -> "endTime";
                default -> serviceField;
            };
        }
    }

    /** An agenda item's number (1-999) and title (up to 200 characters), as proposals and reports both have them. */
    private static Map<String, String> numberAndTitle(String number, String title) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(number)) {
            problems.put("number", "meetings.error.required");
        } else if (!number.strip().matches("\\d{1,3}") || Integer.parseInt(number.strip()) < 1) {
            problems.put("number", "meetings.error.number");
        }
        if (blank(title)) {
            problems.put("title", "meetings.error.required");
        } else if (title.strip().length() > 200) {
            problems.put("title", "meetings.error.tooLong");
        }
        return problems;
    }

    /** 議案の追加: {@code POST /api/meetings/{id}/agenda/proposals}. */
    record NewProposal(String number, String title, String kind, String fiscalYear, String subjectRef,
                       String explanation) {

        static NewProposal empty(int nextNumber, int fiscalYear) {
            return new NewProposal(Integer.toString(nextNumber), "", "", Integer.toString(fiscalYear), "", "");
        }

        Map<String, String> problems() {
            Map<String, String> problems = numberAndTitle(number, title);
            if (!in(PROPOSAL_KINDS, kind)) {
                problems.put("kind", "meetings.error.choose");
            }
            if (!blank(fiscalYear) && !fiscalYear.strip().matches("20\\d\\d")) {
                problems.put("fiscalYear", "meetings.error.choose");
            }
            if (in(ID_SUBJECTS, kind) && blank(subjectRef)) {
                problems.put("subjectRef", "meetings.error.subjectRequired");
            } else if (!blank(subjectRef) && subjectRef.strip().length() > 100) {
                problems.put("subjectRef", "meetings.error.tooLong");
            }
            if (!blank(explanation) && explanation.length() > 20_000) {
                problems.put("explanation", "meetings.error.tooLong");
            }
            return problems;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", Integer.valueOf(number.strip()));
            body.put("title", title.strip());
            body.put("kind", kind);
            body.put("fiscalYear", blank(fiscalYear) ? null : Integer.valueOf(fiscalYear.strip()));
            body.put("subjectRef", blankToNull(subjectRef));
            body.put("explanation", blankToNull(explanation));
            return body;
        }
    }

    /** 報告事項の追加: {@code POST /api/meetings/{id}/agenda/reports}, numbered apart from the proposals (報告第○号). */
    record NewReport(String number, String title, String text) {

        static NewReport empty(int nextNumber) {
            return new NewReport(Integer.toString(nextNumber), "", "");
        }

        Map<String, String> problems() {
            Map<String, String> problems = numberAndTitle(number, title);
            if (!blank(text) && text.length() > 20_000) {
                problems.put("text", "meetings.error.tooLong");
            }
            return problems;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", Integer.valueOf(number.strip()));
            body.put("title", title.strip());
            body.put("text", blankToNull(text));
            return body;
        }
    }

    /**
     * 日程変更: {@code POST /api/meetings/{id}/rescheduling}, a new day and times (Tokyo) and, for a meeting with a
     * venue, the venue (left as it is when empty). events-service tells the registrants.
     */
    record Reschedule(String date, String startTime, String endTime, String venue) {

        /** The form as the meeting stands: its day, times and venue in Tokyo. */
        static Reschedule of(MeetingViews.Meeting meeting) {
            ZonedDateTime start = OffsetDateTime.parse(meeting.startsAt()).atZoneSameInstant(TOKYO);
            ZonedDateTime end = OffsetDateTime.parse(meeting.endsAt()).atZoneSameInstant(TOKYO);
            return new Reschedule(start.toLocalDate().toString(), start.toLocalTime().toString(),
                    end.toLocalTime().toString(), meeting.venue() == null ? "" : meeting.venue());
        }

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (parseDate(date) == null) {
                problems.put("date", blank(date) ? "meetings.error.required" : "meetings.error.date");
            }
            LocalTime start = parseTime(startTime);
            LocalTime end = parseTime(endTime);
            if (start == null) {
                problems.put("startTime", blank(startTime) ? "meetings.error.required" : "meetings.error.time");
            }
            if (end == null) {
                problems.put("endTime", blank(endTime) ? "meetings.error.required" : "meetings.error.time");
            } else if (start != null && !end.isAfter(start)) {
                problems.put("endTime", "meetings.error.endBeforeStart");
            }
            if (!blank(venue) && venue.strip().length() > 300) {
                problems.put("venue", "meetings.error.tooLong");
            }
            return problems;
        }

        Map<String, Object> body() {
            LocalDate day = parseDate(date);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("startsAt", day.atTime(parseTime(startTime)).atZone(TOKYO).toOffsetDateTime().toString());
            body.put("endsAt", day.atTime(parseTime(endTime)).atZone(TOKYO).toOffsetDateTime().toString());
            body.put("venue", blankToNull(venue));
            return body;
        }

        /** The service's field names on this form, as on {@link Schedule}. */
        static String formField(String serviceField) {
            return Schedule.formField(serviceField);
        }
    }

    /** 中止: {@code POST /api/meetings/{id}/cancellation} with the reason the registrants are told. */
    record Cancellation(String reason) {

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (blank(reason)) {
                problems.put("reason", "meetings.error.reasonRequired");
            } else if (reason.strip().length() > 500) {
                problems.put("reason", "meetings.error.tooLong");
            }
            return problems;
        }

        Map<String, Object> body() {
            return Map.of("reason", reason.strip());
        }
    }

    /** 議事録: {@code PUT /api/meetings/{id}/minutes}, the whole text each time. */
    record MinutesText(String text) {

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (blank(text)) {
                problems.put("text", "meetings.error.required");
            } else if (text.length() > 100_000) {
                problems.put("text", "meetings.error.tooLong");
            }
            return problems;
        }

        Map<String, Object> body() {
            return Map.of("text", text.strip());
        }
    }

    /** 賛否の記録 on a voter's behalf: {@code POST .../votes} (a first answer) or {@code PUT .../votes/{voter}}. */
    record Vote(String voter, String choice) {

        Map<String, String> problems(Set<String> voters) {
            Map<String, String> problems = new LinkedHashMap<>();
            if (blank(voter) || !voters.contains(voter)) {
                problems.put("voter", "meetings.error.voter");
            }
            if (!in(CHOICES, choice)) {
                problems.put("choice", "meetings.error.choice");
            }
            return problems;
        }
    }

    /** 委任状 on a voter's behalf: {@code POST .../proxies}, to another voter or to the chair. */
    record Proxy(String voter, String delegate) {

        Map<String, String> problems(Set<String> voters) {
            Map<String, String> problems = new LinkedHashMap<>();
            if (blank(voter) || !voters.contains(voter)) {
                problems.put("voter", "meetings.error.voter");
            }
            if (blank(delegate) || !("CHAIR".equals(delegate) || voters.contains(delegate))) {
                problems.put("delegate", "meetings.error.delegate");
            } else if (delegate.equals(voter)) {
                problems.put("delegate", "meetings.error.delegateSelf");
            }
            return problems;
        }
    }

    /** 採決の終了: {@code POST .../closing}, decided on a day not in the future (today when left empty). */
    record Closing(String decidedOn) {

        Map<String, String> problems(LocalDate today) {
            Map<String, String> problems = new LinkedHashMap<>();
            if (!blank(decidedOn)) {
                LocalDate day = parseDate(decidedOn);
                if (day == null) {
                    problems.put("decidedOn", "meetings.error.date");
                } else if (day.isAfter(today)) {
                    problems.put("decidedOn", "meetings.error.future");
                }
            }
            return problems;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decidedOn", blankToNull(decidedOn));
            return body;
        }
    }

    /** Whether a typed choice is one of these (a missing one is none of them). */
    static boolean in(Collection<String> choices, String value) {
        return value != null && choices.contains(value);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    static LocalDate parseDate(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static LocalTime parseTime(String value) {
        try {
            return blank(value) ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static LocalDateTime parseDateTime(String value) {
        try {
            return blank(value) ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
