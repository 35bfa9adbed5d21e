package io.councilhub.events.proposal.web;

import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.meetings.VoteCount;
import io.councilhub.events.proposal.AgendaItem;
import io.councilhub.events.proposal.Attendance;
import io.councilhub.events.proposal.Ballot;
import io.councilhub.events.proposal.Choice;
import io.councilhub.events.proposal.Decision;
import io.councilhub.events.proposal.ItemType;
import io.councilhub.events.proposal.ProposalStatus;
import io.councilhub.events.proposal.RejectionReason;
import io.councilhub.events.proposal.RemovedVoter;
import io.councilhub.events.proposal.Tally;
import io.councilhub.events.proposal.VotingBody;
import io.councilhub.events.proposal.VotingRule;
import io.councilhub.events.voter.Voter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The JSON shapes of agenda items, ballots and decisions; times in Asia/Tokyo (+09:00), dates also with the era. */
final class ProposalViews {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private ProposalViews() {
    }

    /** An agenda line: what the item is and where it stands, without the ballots. */
    record ItemSummary(String id, ItemType type, String heading, int number, String title, ProposalKind kind,
                       String subjectRef, Integer fiscalYear, ProposalStatus status, Integer voters, Integer answered,
                       DecisionView decision) {

        static ItemSummary of(AgendaItem item) {
            boolean opened = item.type() == ItemType.PROPOSAL && item.status() != ProposalStatus.DRAFT;
            return new ItemSummary(item.id(), item.type(), item.heading(), item.number(), item.title(), item.kind(),
                    item.subjectRef(), item.fiscalYear(), item.status(), opened ? item.voters().size() : null,
                    opened ? item.ballots().size() : null, DecisionView.of(item.decision()));
        }
    }

    /** One item in full; {@code ballots} holds only the caller's own unless it may see all. */
    record ItemView(String id, String meetingId, ItemType type, String heading, int number, String title, String text,
                    ProposalKind kind, String subjectRef, Integer fiscalYear, ProposalStatus status, VotingBody body,
                    boolean written, OffsetDateTime responseDeadline, OffsetDateTime openedAt, List<Voter> voters,
                    List<BallotView> ballots, List<RemovedVoterView> removedVoters, DecisionView decision) {

        /**
         * {@code rule} is the item's voting rule: a proxy ballot shows what it counts as and by whose ballot
         * ({@code countsAs}, {@code countsBy}), unless that would show the caller a ballot it may not read.
         */
        static ItemView of(AgendaItem item, Predicate<String> mayReadBallotOf, VotingRule rule) {
            Map<String, Ballot> byVoter = item.ballots().stream().collect(Collectors.toMap(Ballot::voterId, ballot -> ballot));
            return new ItemView(item.id(), item.meetingId(), item.type(), item.heading(), item.number(), item.title(),
                    item.text(), item.kind(), item.subjectRef(), item.fiscalYear(), item.status(), item.body(),
                    item.written(), tokyo(item.responseDeadline()), tokyo(item.openedAt()), item.voters(),
                    item.ballots().stream().filter(ballot -> mayReadBallotOf.test(ballot.voterId()))
                            .map(ballot -> BallotView.of(ballot, byVoter, rule, mayReadBallotOf)).toList(),
                    item.removedVoters().stream().map(RemovedVoterView::of).toList(), DecisionView.of(item.decision()));
        }
    }

    /**
     * One ballot. A proxy's also says where its vote ends up, as the tally follows it ({@link Tally#follow}):
     * {@code countsBy} the ballot that decides it (a voter's member id, or CHAIR) and {@code countsAs} its choice,
     * null when nothing is cast; both null on any other ballot, when the caller may not read the deciding one, and
     * in the answer to recording one ballot (the proposal's page reads the whole item).
     */
    record BallotView(String voter, Choice choice, Attendance attendance, String delegate, String recordedBy,
                      OffsetDateTime recordedAt, Choice countsAs, String countsBy) {

        static BallotView of(Ballot ballot) {
            return new BallotView(ballot.voterId(), ballot.choice(), ballot.attendance(), ballot.delegate(),
                    ballot.recordedBy(), tokyo(ballot.recordedAt()), null, null);
        }

        static BallotView of(Ballot ballot, Map<String, Ballot> ballots, VotingRule rule, Predicate<String> mayReadBallotOf) {
            Tally.Followed followed = ballot.attendance() == Attendance.PROXY ? Tally.follow(ballot, ballots, rule) : null;
            boolean shown = followed != null && (Ballot.CHAIR.equals(followed.by()) || mayReadBallotOf.test(followed.by()));
            return new BallotView(ballot.voterId(), ballot.choice(), ballot.attendance(), ballot.delegate(),
                    ballot.recordedBy(), tokyo(ballot.recordedAt()), shown ? followed.choice() : null,
                    shown ? followed.by() : null);
        }
    }

    record RemovedVoterView(String memberId, String name, LocalDate withdrawnOn) {

        static RemovedVoterView of(RemovedVoter removed) {
            return new RemovedVoterView(removed.memberId(), removed.name(), removed.withdrawnOn());
        }
    }

    record DecisionView(ProposalStatus outcome, String outcomeLabel, RejectionReason reason, VoteCount votes,
                        LocalDate decidedOn, String decidedOnLabel, OffsetDateTime closedAt, String closedBy) {

        static DecisionView of(Decision decision) {
            if (decision == null) {
                return null;
            }
            return new DecisionView(decision.outcome(), decision.outcome() == ProposalStatus.APPROVED ? "可決" : "否決",
                    decision.reason(), decision.votes(), decision.decidedOn(), JapaneseDates.format(decision.decidedOn()),
                    tokyo(decision.closedAt()), decision.closedBy());
        }
    }

    static OffsetDateTime tokyo(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, TOKYO);
    }
}
