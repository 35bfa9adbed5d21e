package io.councilhub.events.proposal;

/** Where a proposal is: on the agenda (DRAFT), open for votes (OPEN, voters fixed), or decided (APPROVED, REJECTED). */
public enum ProposalStatus {
    DRAFT,
    OPEN,
    APPROVED,
    REJECTED;

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}
