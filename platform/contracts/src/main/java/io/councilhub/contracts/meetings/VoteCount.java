package io.councilhub.contracts.meetings;

/**
 * The count a proposal was decided by: how many could vote, how many took part (present, by proxy or in
 * writing), and the votes for, against and abstaining. Absent (null) on a decision recorded without a vote.
 */
public record VoteCount(int voters, int participating, int votesFor, int votesAgainst, int abstentions) {
}
