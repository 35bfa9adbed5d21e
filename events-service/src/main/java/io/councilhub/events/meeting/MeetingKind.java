package io.councilhub.events.meeting;

/** What a meeting is, in the council's terms (総会, 臨時総会, 幹事会, セミナー, フォーラム, 提案会, 事例発表・意見交換会, 部会). */
public enum MeetingKind {
    GENERAL_ASSEMBLY("通常総会"),
    EXTRAORDINARY_ASSEMBLY("臨時総会"),
    EXECUTIVE_COMMITTEE("幹事会"),
    SEMINAR("セミナー"),
    FORUM("フォーラム"),
    PITCH_SESSION("提案会"),
    CASE_STUDY_EXCHANGE("事例発表・意見交換会"),
    SUBCOMMITTEE_MEETING("部会"),
    OTHER("その他");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    /** The Japanese name the packet uses. */
    public String label() {
        return label;
    }
}
