package io.councilhub.membership.officer;

/** 役職: the roles of the council's officers, in the order the packet prints them. */
public enum OfficerRole {
    PRESIDENT("会長", true),
    VICE_PRESIDENT("副会長", false),
    CHIEF_SECRETARY("幹事長", true),
    OFFICER("幹事", false),
    AUDITOR("監事", false);

    private final String label;
    private final boolean singleHolder;

    OfficerRole(String label, boolean singleHolder) {
        this.label = label;
        this.singleHolder = singleHolder;
    }

    /** The role as the packet prints it ({@code 幹事長}). */
    public String label() {
        return label;
    }

    /** Whether one officer at most holds the role in a year (会長, 幹事長). */
    public boolean singleHolder() {
        return singleHolder;
    }
}
