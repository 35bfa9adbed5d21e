package io.councilhub.events.proposal;

import io.councilhub.contracts.meetings.VoteCount;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The count of a proposal and what it decides. Participating: the voters with a ballot (present, proxy or written,
 * abstentions included). A proxy votes as its delegate voted (following a chain of proxies; a delegate who did not
 * vote, or a cycle, leaves it uncast), a proxy to the chair as the rule's {@code chairProxy} says. Without the
 * quorum the proposal is REJECTED with NO_QUORUM; a tie (for = against, at least one cast) is REJECTED with TIE;
 * otherwise it is APPROVED if the votes for reach the majority of the votes cast (for + against), else REJECTED
 * with NO_MAJORITY (also when nothing was cast).
 */
public record Tally(VoteCount votes, boolean quorumMet, ProposalStatus outcome, RejectionReason reason) {

    public static Tally of(Collection<String> voters, Map<String, Ballot> ballots, VotingRule rule) {
        int participating = 0;
        int votesFor = 0;
        int against = 0;
        int abstentions = 0;
        for (String voter : voters) {
            Ballot ballot = ballots.get(voter);
            if (ballot == null) {
                continue;
            }
            participating++;
            Choice choice = resolve(ballot, ballots, rule);
            if (choice == Choice.FOR) {
                votesFor++;
            } else if (choice == Choice.AGAINST) {
                against++;
            } else if (choice == Choice.ABSTAIN) {
                abstentions++;
            }
        }
        VoteCount count = new VoteCount(voters.size(), participating, votesFor, against, abstentions);
        boolean quorum = !voters.isEmpty() && rule.quorum().reachedBy(participating, voters.size());
        int cast = votesFor + against;
        if (!quorum) {
            return new Tally(count, false, ProposalStatus.REJECTED, RejectionReason.NO_QUORUM);
        }
        if (cast > 0 && votesFor == against) {
            return new Tally(count, true, ProposalStatus.REJECTED, RejectionReason.TIE);
        }
        boolean approved = cast > 0 && (rule.majorityAtLeast()
                ? rule.majority().reachedBy(votesFor, cast) : rule.majority().exceededBy(votesFor, cast));
        return approved ? new Tally(count, true, ProposalStatus.APPROVED, null)
                : new Tally(count, true, ProposalStatus.REJECTED, RejectionReason.NO_MAJORITY);
    }

    /** The choice a ballot counts as, following proxies; null when it casts nothing. */
    private static Choice resolve(Ballot ballot, Map<String, Ballot> ballots, VotingRule rule) {
        return follow(ballot, ballots, rule).choice();
    }

    /**
     * Where a ballot's vote ends up: the choice it counts as (null: nothing cast) and {@code by}, whose ballot
     * decided it: the voter itself, the last delegate along its chain of proxies ({@link Ballot#CHAIR} for the
     * chair), or, when nothing is cast, the delegate who did not answer or at whom the chain came back on itself.
     */
    public static Followed follow(Ballot ballot, Map<String, Ballot> ballots, VotingRule rule) {
        Set<String> seen = new HashSet<>();
        Ballot current = ballot;
        while (current.attendance() == Attendance.PROXY) {
            if (Ballot.CHAIR.equals(current.delegate())) {
                return new Followed(rule.chairProxy() == VotingRule.ChairProxy.FOR ? Choice.FOR : null, Ballot.CHAIR);
            }
            if (!seen.add(current.voterId())) {
                return new Followed(null, current.voterId());
            }
            Ballot next = ballots.get(current.delegate());
            if (next == null) {
                return new Followed(null, current.delegate());
            }
            current = next;
        }
        return new Followed(current.choice(), current.voterId());
    }

    /** See {@link #follow}. */
    public record Followed(Choice choice, String by) {
    }

    public boolean approved() {
        return outcome == ProposalStatus.APPROVED;
    }
}
