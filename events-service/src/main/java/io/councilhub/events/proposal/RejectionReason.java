package io.councilhub.events.proposal;

/** Why a proposal was rejected: too few took part (定足数不足), a tie (可否同数), or fewer votes for than the majority needs. */
public enum RejectionReason {
    NO_QUORUM,
    TIE,
    NO_MAJORITY
}
