package io.councilhub.events.proposal;

/** 賛成 / 反対 / 棄権. Abstentions take part (they count for the quorum) but are not votes cast. */
public enum Choice {
    FOR,
    AGAINST,
    ABSTAIN
}
