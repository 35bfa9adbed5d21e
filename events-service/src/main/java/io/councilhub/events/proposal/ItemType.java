package io.councilhub.events.proposal;

/** 議案 (a proposal, decided by a vote) or 報告 (a report item, only noted, never voted). */
public enum ItemType {
    PROPOSAL("議案第%d号"),
    REPORT("報告%d");

    private final String heading;

    ItemType(String heading) {
        this.heading = heading;
    }

    /** How the packet numbers it: 議案第7号, 報告2. */
    public String heading(int number) {
        return heading.formatted(number);
    }
}
