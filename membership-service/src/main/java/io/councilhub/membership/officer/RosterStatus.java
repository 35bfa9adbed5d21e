package io.councilhub.membership.officer;

/** Where a roster stands: a draft the secretariat edits, or adopted (委嘱済み) and read-only. */
public enum RosterStatus {
    DRAFT("案"),
    ADOPTED("決定");

    private final String label;

    RosterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
