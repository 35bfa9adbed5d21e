package io.councilhub.events.proposal;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.meetings.VoteCount;
import io.councilhub.events.meeting.MeetingKind;
import io.councilhub.events.voter.Voter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal's life on the agenda: opening, answers, written deadlines, withdrawals and the decision. */
class AgendaItemTest {

    private static final Instant OPENED = Instant.parse("2022-07-20T01:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2022-07-29T08:00:00Z");
    private static final List<Voter> FOUR = List.of(voter("a"), voter("b"), voter("c"), voter("d"));

    @Test
    void aBudgetProposalIsAboutItsFiscalYear() {
        AgendaItem budget = budget();

        assertThat(budget.id()).isEqualTo("m-2022-general-assembly-p7");
        assertThat(budget.heading()).isEqualTo("議案第7号");
        assertThat(budget.subjectRef()).isEqualTo("2022");
        assertThat(budget.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThatThrownBy(() -> AgendaItem.proposal("m", 7, 1, "予算", null, ProposalKind.BUDGET, "R4", 2022))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("subjectRef");
        assertThatThrownBy(() -> AgendaItem.proposal("m", 9, 1, "入会の承認", null, ProposalKind.MEMBER_ADMISSION, " ", 2022))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("subjectRef");
    }

    @Test
    void aReportIsNotedNeverVoted() {
        AgendaItem report = AgendaItem.report("m-2022-general-assembly", 2, 4, "会員の退会について", "3団体が退会");

        assertThat(report.heading()).isEqualTo("報告2");
        assertThat(rule(() -> report.openVoting(VotingBody.ASSEMBLY, MeetingKind.GENERAL_ASSEMBLY, false, null, FOUR, OPENED)))
                .isEqualTo("report-not-voted");
        assertThat(rule(() -> report.vote("a", Choice.FOR, "staff", OPENED))).isEqualTo("report-not-voted");
        assertThat(rule(() -> report.close(VotingRule.DEFAULT, null, "staff", OPENED))).isEqualTo("report-not-voted");
    }

    @Test
    void votingMustBeOpenAndASecondAnswerIsRefusedButMayBeChanged() {
        AgendaItem budget = budget();
        assertThat(rule(() -> budget.vote("a", Choice.FOR, "u", OPENED))).isEqualTo("voting-not-open");

        budget.openVoting(VotingBody.ASSEMBLY, MeetingKind.GENERAL_ASSEMBLY, false, null, FOUR, OPENED);
        budget.vote("a", Choice.FOR, "u", OPENED);

        assertThat(rule(() -> budget.vote("a", Choice.AGAINST, "u", OPENED))).isEqualTo("already-voted");
        assertThat(rule(() -> budget.delegate("a", Ballot.CHAIR, "u", OPENED))).isEqualTo("already-voted");
        assertThat(rule(() -> budget.vote("z", Choice.FOR, "u", OPENED))).isEqualTo("not-a-voter");
        assertThat(rule(() -> budget.changeVote("b", Choice.FOR, "u", OPENED))).isEqualTo("not-voted-yet");
        budget.changeVote("a", Choice.AGAINST, "u", OPENED);
        assertThat(budget.ballotOf("a").orElseThrow().choice()).isEqualTo(Choice.AGAINST);
        assertThat(budget.ballots()).hasSize(1);
        assertThat(rule(() -> budget.openVoting(VotingBody.ASSEMBLY, MeetingKind.GENERAL_ASSEMBLY, false, null, FOUR, OPENED)))
                .isEqualTo("voting-already-open");
    }

    @Test
    void closingDecidesOnceAndRecordsOneEventWithTheCount() {
        AgendaItem budget = budget();
        budget.openVoting(VotingBody.ASSEMBLY, MeetingKind.GENERAL_ASSEMBLY, false, null, FOUR, OPENED);
        budget.vote("a", Choice.FOR, "u", OPENED);
        budget.vote("b", Choice.FOR, "u", OPENED);
        budget.delegate("c", "a", "u", OPENED);

        Decision decision = budget.close(VotingRule.DEFAULT, LocalDate.of(2022, 7, 20), "staff-1", OPENED);

        assertThat(decision.outcome()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(decision.votes()).isEqualTo(new VoteCount(4, 3, 3, 0, 0));
        assertThat(budget.pendingEvents()).hasSize(1);
        assertThat(budget.pendingEvents().get(0).type()).isEqualTo("io.councilhub.events.ProposalApproved.v1");
        assertThat(rule(() -> budget.close(VotingRule.DEFAULT, null, "staff-1", OPENED))).isEqualTo("proposal-closed");
        assertThat(rule(() -> budget.vote("d", Choice.FOR, "u", OPENED))).isEqualTo("proposal-closed");
        assertThat(budget.pendingEvents()).hasSize(1);
        assertThatThrownBy(() -> budget().close(VotingRule.DEFAULT, null, "s", OPENED))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDecisionCannotBeDatedInTheFuture() {
        AgendaItem budget = budget();
        budget.openVoting(VotingBody.ASSEMBLY, MeetingKind.GENERAL_ASSEMBLY, false, null, FOUR, OPENED);

        assertThatThrownBy(() -> budget.close(VotingRule.DEFAULT, LocalDate.of(2022, 7, 21), "s", OPENED))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("decidedOn");
        assertThat(budget.status()).isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void aWrittenResolutionTakesWrittenAnswersUntilItsDeadlineAndClosesThere() {
        AgendaItem admission = AgendaItem.proposal("m-2022-committee", 1, 1, "入会の承認について", null,
                ProposalKind.MEMBER_ADMISSION, "applicant-1", 2022);
        admission.openVoting(VotingBody.EXECUTIVE_COMMITTEE, MeetingKind.EXECUTIVE_COMMITTEE, true, DEADLINE, FOUR, OPENED);

        Ballot written = admission.vote("a", Choice.FOR, "u", DEADLINE);
        admission.vote("b", Choice.FOR, "u", DEADLINE.minusSeconds(60));
        admission.vote("c", Choice.AGAINST, "u", OPENED);

        assertThat(written.attendance()).isEqualTo(Attendance.WRITTEN);
        assertThat(rule(() -> admission.delegate("d", Ballot.CHAIR, "u", OPENED))).isEqualTo("no-proxy-in-writing");
        assertThat(rule(() -> admission.close(VotingRule.DEFAULT, null, "staff", OPENED))).isEqualTo("response-deadline-not-reached");
        assertThat(admission.deadlinePassed(DEADLINE)).isFalse();
        Instant late = DEADLINE.plusSeconds(1);
        assertThat(rule(() -> admission.vote("d", Choice.AGAINST, "u", late))).isEqualTo("response-deadline-passed");
        assertThat(rule(() -> admission.changeVote("c", Choice.FOR, "u", late))).isEqualTo("response-deadline-passed");
        assertThat(admission.deadlinePassed(late)).isTrue();

        Decision decision = admission.closeAtDeadline(VotingRule.DEFAULT, late);

        assertThat(decision.outcome()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(decision.votes()).isEqualTo(new VoteCount(4, 3, 2, 1, 0));
        assertThat(decision.decidedOn()).isEqualTo(LocalDate.of(2022, 7, 29));
        assertThat(decision.closedBy()).isEqualTo(Decision.AT_DEADLINE);
        assertThat(admission.deadlinePassed(late)).isFalse();
        assertThat(rule(() -> admission.vote("d", Choice.AGAINST, "u", late)))
                .as("a late answer gets the same refusal before and after the resolution closed itself")
                .isEqualTo("response-deadline-passed");
    }

    @Test
    void aWrittenResolutionEveryoneAnsweredMayBeClosedBeforeItsDeadline() {
        AgendaItem item = AgendaItem.proposal("m-c", 1, 1, "事業計画", null, ProposalKind.BUSINESS_PLAN, null, 2022);
        item.openVoting(VotingBody.EXECUTIVE_COMMITTEE, MeetingKind.EXECUTIVE_COMMITTEE, true, DEADLINE,
                List.of(voter("a"), voter("b")), OPENED);
        item.vote("a", Choice.FOR, "u", OPENED);
        item.vote("b", Choice.AGAINST, "u", OPENED);

        assertThat(item.close(VotingRule.DEFAULT, null, "staff", OPENED).reason()).isEqualTo(RejectionReason.TIE);
    }

    @Test
    void openingAWrittenResolutionAfterItsDeadlineOrWithoutVotersIsRefused() {
        assertThat(rule(() -> budget().openVoting(VotingBody.EXECUTIVE_COMMITTEE, MeetingKind.EXECUTIVE_COMMITTEE, true,
                DEADLINE, FOUR, DEADLINE))).isEqualTo("response-deadline-passed");
        assertThat(rule(() -> budget().openVoting(VotingBody.ASSEMBLY, MeetingKind.GENERAL_ASSEMBLY, false, null,
                List.of(), OPENED))).isEqualTo("no-voters");
    }

    @Test
    void aWithdrawnOrganisationLeavesTheVotersAndItsBallotNoLongerCounts() {
        AgendaItem budget = budget();
        budget.openVoting(VotingBody.ASSEMBLY, MeetingKind.GENERAL_ASSEMBLY, false, null, FOUR, OPENED);
        budget.vote("a", Choice.AGAINST, "u", OPENED);
        budget.vote("b", Choice.FOR, "u", OPENED);
        budget.delegate("c", "a", "u", OPENED);

        assertThat(budget.removeVoter("a", LocalDate.of(2022, 7, 20))).isTrue();
        assertThat(budget.removeVoter("a", LocalDate.of(2022, 7, 20))).as("a repeat changes nothing").isFalse();

        assertThat(budget.voters()).extracting(Voter::memberId).containsExactly("b", "c", "d");
        assertThat(budget.removedVoters()).singleElement().satisfies(removed -> {
            assertThat(removed.memberId()).isEqualTo("a");
            assertThat(removed.discardedBallot().choice()).isEqualTo(Choice.AGAINST);
        });
        assertThat(rule(() -> budget.vote("a", Choice.FOR, "u", OPENED))).isEqualTo("not-a-voter");
        Decision decision = budget.close(VotingRule.DEFAULT, null, "staff", OPENED);
        assertThat(decision.votes()).isEqualTo(new VoteCount(3, 2, 1, 0, 0));
        assertThat(decision.outcome()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(budget.removeVoter("b", LocalDate.of(2022, 7, 21))).as("a decided proposal keeps its count").isFalse();
    }

    private static AgendaItem budget() {
        return AgendaItem.proposal("m-2022-general-assembly", 7, 2, "令和4年度収支予算の決定について", "次のとおり決定を求める。",
                ProposalKind.BUDGET, null, 2022);
    }

    private static Voter voter(String id) {
        return new Voter(id, "団体" + id, List.of());
    }

    private static String rule(Runnable command) {
        try {
            command.run();
        } catch (RuleViolationException violation) {
            return violation.code();
        }
        throw new AssertionError("expected a rule violation");
    }
}
