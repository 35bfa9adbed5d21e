package io.councilhub.subcommittee.report;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What an activity report says, as the packet lays it out: the year's theme and period, the meetings held (部会開催
 * 実績), the joint study sessions and events (共同研究会, イベント), the outputs (e.g. newsletter issues), the actual
 * costs against the estimate and the self-evaluations (自己評価).
 */
public record ReportContent(String theme, LocalDate periodFrom, LocalDate periodTo, List<MeetingHeld> meetings,
                            List<SessionHeld> sessions, List<Output> outputs, List<ActualCost> costs,
                            List<SelfEvaluation> selfEvaluations) {

    public static final int MAX_TEXT = 20_000;

    public ReportContent {
        theme = text(theme, "theme", 200);
        meetings = list(meetings);
        sessions = list(sessions);
        outputs = list(outputs);
        costs = list(costs);
        selfEvaluations = list(selfEvaluations);
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new InvalidFieldException("periodTo", "must not be before periodFrom");
        }
        actualTotal(costs);
    }

    /** The actual costs' total. */
    public Yen actualTotal() {
        return actualTotal(costs);
    }

    /** The estimate's total, over the lines that state one; null when none does. */
    public Yen estimateTotal() {
        Yen total = null;
        for (ActualCost cost : costs) {
            if (cost.estimate() != null) {
                total = (total == null ? Yen.ZERO : total).plus(Yen.of(cost.estimate()));
            }
        }
        return total;
    }

    private static Yen actualTotal(List<ActualCost> costs) {
        Yen total = Yen.ZERO;
        for (ActualCost cost : costs) {
            try {
                total = total.plus(Yen.of(cost.actual()));
            } catch (ArithmeticException overflow) {
                throw new InvalidFieldException("costs", "the total is too large");
            }
        }
        return total;
    }

    /**
     * 部会: a meeting held on a date from {@code startTime} to {@code endTime}, at a venue or with an online tool
     * ({@code ZOOMによるWeb会議}), with its attendees (count and breakdown by organisation) and agenda items.
     */
    public record MeetingHeld(String title, LocalDate date, LocalTime startTime, LocalTime endTime, String venue,
                              int attendees, List<Attendance> breakdown, List<String> agenda, String note) {
        public MeetingHeld {
            title = required(title, "title", 200);
            if (date == null) {
                throw new InvalidFieldException("date", "must not be null");
            }
            if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
                throw new InvalidFieldException("endTime", "must not be before startTime");
            }
            venue = text(venue, "venue", 200);
            if (attendees < 0) {
                throw new InvalidFieldException("attendees", "must not be negative");
            }
            breakdown = list(breakdown);
            int counted = breakdown.stream().mapToInt(Attendance::count).sum();
            if (!breakdown.isEmpty() && counted != attendees) {
                throw new InvalidFieldException("breakdown", "adds up to " + counted + ", not the " + attendees + " attendees");
            }
            agenda = list(agenda);
            note = text(note, "note", MAX_TEXT);
        }
    }

    /** How many came from one organisation: {@code 千葉商科大学 1}. */
    public record Attendance(String organisation, int count) {
        public Attendance {
            organisation = required(organisation, "organisation", 200);
            if (count < 1) {
                throw new InvalidFieldException("count", "must be at least 1");
            }
        }
    }

    /**
     * 共同研究会 or an event: its title, date (and last day, for an event over several days), time, venue or tool,
     * parts with their speakers, participants, organising staff, and what came of it.
     */
    public record SessionHeld(SessionKind kind, String title, LocalDate date, LocalDate lastDate, LocalTime startTime,
                              LocalTime endTime, String venue, List<Part> parts, Participants participants,
                              Integer staff, String outcome) {
        public SessionHeld {
            if (kind == null) {
                throw new InvalidFieldException("kind", "must be JOINT_STUDY or EVENT");
            }
            title = required(title, "title", 200);
            if (date == null) {
                throw new InvalidFieldException("date", "must not be null");
            }
            if (lastDate != null && lastDate.isBefore(date)) {
                throw new InvalidFieldException("lastDate", "must not be before date");
            }
            if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
                throw new InvalidFieldException("endTime", "must not be before startTime");
            }
            venue = text(venue, "venue", 200);
            parts = list(parts);
            if (staff != null && staff < 0) {
                throw new InvalidFieldException("staff", "must not be negative");
            }
            outcome = text(outcome, "outcome", MAX_TEXT);
        }
    }

    public enum SessionKind {
        JOINT_STUDY, EVENT
    }

    /** 第1部 講演: a part of a session with its speakers ({@code (一社)キャッシュレス推進協議会事務局長福田好郎様}). */
    public record Part(String title, List<String> speakers) {
        public Part {
            title = required(title, "title", 500);
            speakers = list(speakers);
        }
    }

    /** {@code 16自治体・3団体、26名（オブザーバー含む）}. */
    public record Participants(Integer municipalities, Integer organisations, int people, boolean includingObservers) {
        public Participants {
            if ((municipalities != null && municipalities < 0) || (organisations != null && organisations < 0) || people < 0) {
                throw new InvalidFieldException("people", "counts must not be negative");
            }
        }

        public String label() {
            StringBuilder label = new StringBuilder();
            if (municipalities != null) {
                label.append(municipalities).append("自治体");
            }
            if (organisations != null) {
                label.append(label.isEmpty() ? "" : "・").append(organisations).append("団体");
            }
            label.append(label.isEmpty() ? "" : "、").append(people).append("名");
            if (includingObservers) {
                label.append("（オブザーバー含む）");
            }
            return label.toString();
        }
    }

    /**
     * An output of the year: {@code メールマガジン『メルマガ めざせIT力アップ!』}, 24 issues ({@code 回}) from the first
     * to the last named, with its details (policy, recipients).
     */
    public record Output(String title, Integer quantity, String unit, String first, String last, List<String> details) {
        public Output {
            title = required(title, "title", 500);
            if (quantity != null && quantity < 0) {
                throw new InvalidFieldException("quantity", "must not be negative");
            }
            unit = text(unit, "unit", 20);
            first = text(first, "first", 200);
            last = text(last, "last", 200);
            details = list(details);
        }
    }

    /** An actual cost: what it was for, how it came about ({@code 10,000円×2回}), the estimate if any and the actual. */
    public record ActualCost(String description, String basis, Long estimate, long actual) {
        public ActualCost {
            description = required(description, "description", 500);
            basis = text(basis, "basis", 500);
            if (estimate != null && estimate < 0) {
                throw new InvalidFieldException("estimate", "must not be negative");
            }
            if (actual < 0) {
                throw new InvalidFieldException("actual", "must be a whole number of yen, 0 or more");
            }
        }
    }

    /** 【自己評価】 on one activity of the year. */
    public record SelfEvaluation(String subject, String text) {
        public SelfEvaluation {
            subject = ReportContent.text(subject, "subject", 200);
            text = ReportContent.required(text, "text", MAX_TEXT);
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    private static String required(String text, String field, int max) {
        String checked = text(text, field, max);
        if (checked == null) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return checked;
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
