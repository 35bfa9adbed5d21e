package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.meetings.MeetingViews.Ballot;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.ProxyOutcome;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a proxy's vote ends up on the proposal page: followed as events-service's tally follows it. */
class ProxyOutcomeTest {

    @Test
    void aProxyFollowsItsDelegatesAnswerAlongAChain() {
        Map<String, Ballot> ballots = ballots(proxy("m-a", "m-b"), proxy("m-b", "m-c"), answer("m-c", "ABSTAIN"));

        assertThat(ProxyOutcome.of(ballots.get("m-a"), ballots)).isEqualTo(new ProxyOutcome(false, "ABSTAIN", "m-c", false));
        assertThat(ProxyOutcome.of(ballots.get("m-b"), ballots)).isEqualTo(new ProxyOutcome(false, "ABSTAIN", "m-c", false));
        assertThat(ProxyOutcome.of(ballots.get("m-c"), ballots)).as("not a proxy").isNull();
    }

    @Test
    void aChainEndingAtTheChairIsLeftToTheChair() {
        Map<String, Ballot> ballots = ballots(proxy("m-a", "m-b"), proxy("m-b", "CHAIR"));

        assertThat(ProxyOutcome.of(ballots.get("m-a"), ballots)).isEqualTo(new ProxyOutcome(true, null, null, false));
    }

    @Test
    void aDelegateWithoutAnAnswerOrACircleLeavesTheVoteUncast() {
        Map<String, Ballot> unanswered = ballots(proxy("m-a", "m-b"));
        Map<String, Ballot> circle = ballots(proxy("m-a", "m-b"), proxy("m-b", "m-a"));

        assertThat(ProxyOutcome.of(unanswered.get("m-a"), unanswered)).isEqualTo(new ProxyOutcome(false, null, "m-b", true));
        assertThat(ProxyOutcome.of(circle.get("m-a"), circle)).isEqualTo(new ProxyOutcome(false, null, "m-a", true));
    }

    private static Ballot proxy(String voter, String delegate) {
        return new Ballot(voter, null, "PROXY", delegate, "admin", "2022-07-15T14:36:00+09:00");
    }

    private static Ballot answer(String voter, String choice) {
        return new Ballot(voter, choice, "PRESENT", null, "admin", "2022-07-15T14:35:00+09:00");
    }

    private static Map<String, Ballot> ballots(Ballot... ballots) {
        return Arrays.stream(ballots).collect(Collectors.toMap(Ballot::voter, Function.identity()));
    }
}
