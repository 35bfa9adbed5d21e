package io.councilhub.membership.transfer;

/** What importing one row does (or, in a dry run, would do). */
public enum ImportOutcome {
    /** A new member is admitted (and withdrawn too, when the row has a withdrawal date). */
    CREATED,
    /** An existing member's details are corrected, or it is withdrawn. */
    UPDATED,
    /** The row matches the roll already. */
    UNCHANGED,
    /** The row cannot be applied; {@code errors} says why. */
    REJECTED
}
