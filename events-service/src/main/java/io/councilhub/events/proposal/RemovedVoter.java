package io.councilhub.events.proposal;

import java.time.LocalDate;

/**
 * A voter taken off an open proposal because its organisation withdrew (MemberWithdrawn), with the ballot it had
 * given (if any), which no longer counts.
 */
public record RemovedVoter(String memberId, String name, LocalDate withdrawnOn, Ballot discardedBallot) {
}
