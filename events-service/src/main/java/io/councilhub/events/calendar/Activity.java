package io.councilhub.events.calendar;

import io.councilhub.events.meeting.MeetingKind;

/** The rows of the 年間活動計画書, in the packet's order, and which kinds of meeting fill each. */
public enum Activity {
    GENERAL_ASSEMBLY("総会"),
    EXECUTIVE_COMMITTEE("幹事会"),
    SUBCOMMITTEES("部会"),
    STUDY_GROUPS("研究会"),
    LECTURES("講演会等の開催"),
    PROJECTS("企画・活動事業"),
    WEBSITE("協議会ホームページの運営"),
    OTHER("その他");

    private final String defaultName;

    Activity(String defaultName) {
        this.defaultName = defaultName;
    }

    public String defaultName() {
        return defaultName;
    }

    /** The row a meeting of {@code kind} appears in. */
    public static Activity of(MeetingKind kind) {
        return switch (kind) {
            case GENERAL_ASSEMBLY, EXTRAORDINARY_ASSEMBLY -> GENERAL_ASSEMBLY;
            case EXECUTIVE_COMMITTEE -> EXECUTIVE_COMMITTEE;
            case SUBCOMMITTEE_MEETING -> SUBCOMMITTEES;
            case SEMINAR, FORUM, PITCH_SESSION, CASE_STUDY_EXCHANGE -> LECTURES;
            case OTHER -> OTHER;
        };
    }
}
