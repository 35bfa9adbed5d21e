package io.councilhub.subcommittee.subcommittee;

/** Where a subcommittee stands. */
public enum SubcommitteeStatus {
    /** 設置案: proposed to a meeting; established when the meeting approves the proposal. */
    PROPOSED("設置提案中"),
    /** 活動中. */
    ACTIVE("活動中"),
    /** 代表者不在: the representative's organisation withdrew; a new representative makes it ACTIVE again. */
    NEEDS_REPRESENTATIVE("代表者不在"),
    /** 廃止: stays on record for past years. */
    DISSOLVED("廃止");

    private final String label;

    SubcommitteeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
