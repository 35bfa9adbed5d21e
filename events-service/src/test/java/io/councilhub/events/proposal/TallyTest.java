package io.councilhub.events.proposal;

import io.councilhub.contracts.meetings.VoteCount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting a proposal: quorum, simple majority of the votes cast, ties, abstentions and proxies. */
class TallyTest {

    private static final List<String> TEN = List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10");
    private static final Instant AT = Instant.parse("2022-07-20T01:00:00Z");

    private final Map<String, Ballot> ballots = new LinkedHashMap<>();

    @Test
    void fourOfTenTakingPartIsNoQuorumEvenIfAllAreFor() {
        vote("v1", Choice.FOR, "v2", Choice.FOR, "v3", Choice.FOR, "v4", Choice.FOR);

        Tally tally = Tally.of(TEN, ballots, VotingRule.DEFAULT);

        assertThat(tally.outcome()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(tally.reason()).isEqualTo(RejectionReason.NO_QUORUM);
        assertThat(tally.votes()).isEqualTo(new VoteCount(10, 4, 4, 0, 0));
    }

    @Test
    void halfOfTheVotersIsAQuorumAndAbstentionsCountForItButAreNotCast() {
        vote("v1", Choice.FOR, "v2", Choice.FOR, "v3", Choice.AGAINST, "v4", Choice.ABSTAIN);
        vote("v5", Choice.ABSTAIN);

        Tally tally = Tally.of(TEN, ballots, VotingRule.DEFAULT);

        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.outcome()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(tally.votes()).isEqualTo(new VoteCount(10, 5, 2, 1, 2));
    }

    @Test
    void aTieIsRejected() {
        vote("v1", Choice.FOR, "v2", Choice.FOR, "v3", Choice.AGAINST, "v4", Choice.AGAINST);
        vote("v5", Choice.ABSTAIN, "v6", Choice.ABSTAIN);

        Tally tally = Tally.of(TEN, ballots, VotingRule.DEFAULT);

        assertThat(tally.outcome()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(tally.reason()).isEqualTo(RejectionReason.TIE);
        assertThat(tally.votes()).isEqualTo(new VoteCount(10, 6, 2, 2, 2));
    }

    @Test
    void onlyAbstentionsCastNothingAndDecideNothing() {
        vote("v1", Choice.ABSTAIN, "v2", Choice.ABSTAIN, "v3", Choice.ABSTAIN, "v4", Choice.ABSTAIN);
        vote("v5", Choice.ABSTAIN);

        Tally tally = Tally.of(TEN, ballots, VotingRule.DEFAULT);

        assertThat(tally.reason()).isEqualTo(RejectionReason.NO_MAJORITY);
    }

    @Test
    void proxiesTakePartAndVoteAsTheirDelegateOrForWithTheChair() {
        vote("v1", Choice.AGAINST, "v2", Choice.FOR);
        proxy("v3", "v1");
        proxy("v4", "v3");
        proxy("v5", Ballot.CHAIR);
        proxy("v6", Ballot.CHAIR);
        proxy("v7", "v8");

        Tally tally = Tally.of(TEN, ballots, VotingRule.DEFAULT);

        // v3 and v4 follow v1 (AGAINST); the chair's two proxies vote FOR; v7's delegate did not vote: taking part, not cast
        assertThat(tally.votes()).isEqualTo(new VoteCount(10, 7, 3, 3, 0));
        assertThat(tally.reason()).isEqualTo(RejectionReason.TIE);

        Tally chairNotCast = Tally.of(TEN, ballots, new VotingRule(null, null, null, VotingRule.ChairProxy.NOT_CAST));
        assertThat(chairNotCast.votes()).isEqualTo(new VoteCount(10, 7, 1, 3, 0));
        assertThat(chairNotCast.reason()).isEqualTo(RejectionReason.NO_MAJORITY);
    }

    @Test
    void aCycleOfProxiesCastsNothing() {
        vote("v1", Choice.FOR, "v2", Choice.FOR, "v3", Choice.FOR);
        proxy("v4", "v5");
        proxy("v5", "v4");

        Tally tally = Tally.of(TEN, ballots, VotingRule.DEFAULT);

        assertThat(tally.votes()).isEqualTo(new VoteCount(10, 5, 3, 0, 0));
        assertThat(tally.approved()).isTrue();
    }

    @Test
    void aTwoThirdsRuleNeedsTwoThirdsOfTheVotesCast() {
        vote("v1", Choice.FOR, "v2", Choice.FOR, "v3", Choice.AGAINST, "v4", Choice.ABSTAIN);
        vote("v5", Choice.ABSTAIN, "v6", Choice.FOR, "v7", Choice.AGAINST);
        VotingRule twoThirds = new VotingRule(null, Fraction.of("2/3"), true, null);

        assertThat(Tally.of(TEN, ballots, twoThirds).reason()).isEqualTo(RejectionReason.NO_MAJORITY);
        assertThat(Tally.of(TEN, ballots, VotingRule.DEFAULT).approved()).isTrue();

        ballots.put("v7", Ballot.vote("v7", Choice.FOR, Attendance.PRESENT, "staff", AT));
        assertThat(Tally.of(TEN, ballots, twoThirds).approved()).as("4 of 5 cast").isTrue();
        ballots.put("v8", Ballot.vote("v8", Choice.AGAINST, Attendance.PRESENT, "staff", AT));
        assertThat(Tally.of(TEN, ballots, twoThirds).approved()).as("4 of 6 cast is exactly 2/3").isTrue();
    }

    @Test
    void aStricterQuorumIsASetting() {
        vote("v1", Choice.FOR, "v2", Choice.FOR, "v3", Choice.FOR, "v4", Choice.FOR);
        vote("v5", Choice.FOR, "v6", Choice.FOR);
        VotingRule twoThirdsPresent = new VotingRule(Fraction.of("2/3"), null, null, null);

        assertThat(Tally.of(TEN, ballots, twoThirdsPresent).reason()).isEqualTo(RejectionReason.NO_QUORUM);
        ballots.put("v7", Ballot.vote("v7", Choice.AGAINST, Attendance.WRITTEN, "staff", AT));
        assertThat(Tally.of(TEN, ballots, twoThirdsPresent).approved()).isTrue();
    }

    @Test
    void aProxyIsFollowedToTheAnswerThatDecidesIt() {
        vote("v1", Choice.ABSTAIN);
        proxy("v2", "v3");
        proxy("v3", "v1");
        proxy("v4", "v5");
        proxy("v5", Ballot.CHAIR);
        proxy("v6", "v9");
        proxy("v7", "v8");
        proxy("v8", "v7");
        VotingRule chairNotCast = new VotingRule(null, null, null, VotingRule.ChairProxy.NOT_CAST);

        assertThat(Tally.follow(ballots.get("v2"), ballots, VotingRule.DEFAULT)).isEqualTo(new Tally.Followed(Choice.ABSTAIN, "v1"));
        assertThat(Tally.follow(ballots.get("v1"), ballots, VotingRule.DEFAULT)).isEqualTo(new Tally.Followed(Choice.ABSTAIN, "v1"));
        assertThat(Tally.follow(ballots.get("v4"), ballots, VotingRule.DEFAULT)).isEqualTo(new Tally.Followed(Choice.FOR, Ballot.CHAIR));
        assertThat(Tally.follow(ballots.get("v4"), ballots, chairNotCast)).isEqualTo(new Tally.Followed(null, Ballot.CHAIR));
        assertThat(Tally.follow(ballots.get("v6"), ballots, VotingRule.DEFAULT)).as("the delegate did not answer")
                .isEqualTo(new Tally.Followed(null, "v9"));
        assertThat(Tally.follow(ballots.get("v7"), ballots, VotingRule.DEFAULT)).as("a circle")
                .isEqualTo(new Tally.Followed(null, "v7"));
    }

    private void vote(Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            String voter = (String) pairs[i];
            ballots.put(voter, Ballot.vote(voter, (Choice) pairs[i + 1], Attendance.PRESENT, "staff", AT));
        }
    }

    private void proxy(String voter, String delegate) {
        ballots.put(voter, Ballot.proxy(voter, delegate, "staff", AT));
    }
}
