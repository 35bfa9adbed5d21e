package io.councilhub.membership.member;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationLifecycleTest {

    private static final LocalDate APPLIED_ON = LocalDate.of(2022, 4, 20);

    private static Member application() {
        return Member.apply("一般社団法人ちばデジタル協会", "ちばでじたるきょうかい", MemberCategory.ORGANIZATION, APPLIED_ON,
                null, null);
    }

    @Test
    void anApplicationIsNotYetAMemberAndRecordsMemberApplied() {
        Member application = application();

        assertThat(application.status()).isEqualTo(MemberStatus.APPLIED);
        assertThat(application.admittedOn()).isNull();
        assertThat(application.pendingEvents()).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo(EventCatalogue.MEMBER_APPLIED.wireName()))
                .satisfies(event -> assertThat(event.payload()).contains("\"appliedOn\":\"2022-04-20\""));
    }

    @Test
    void admittingByProposalMakesItActiveAndRecordsMemberAdmittedWithTheDecision() {
        Member application = application();

        application.admitApplication(LocalDate.of(2022, 5, 27),
                Decision.byProposal(LocalDate.of(2022, 5, 27), "p-2022-09", null));

        assertThat(application.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(application.admittedOn()).isEqualTo(LocalDate.of(2022, 5, 27));
        assertThat(application.admission().by()).isEqualTo(Decision.DecidedBy.PROPOSAL);
        assertThat(application.admission().proposalId()).isEqualTo("p-2022-09");
        assertThat(application.pendingEvents()).hasSize(2);
        assertThat(application.pendingEvents().get(1).type()).isEqualTo(EventCatalogue.MEMBER_ADMITTED.wireName());
        assertThat(application.pendingEvents().get(1).payload()).contains("\"admittedOn\":\"2022-05-27\"");
    }

    @Test
    void anApplicationIsDecidedOnce() {
        Member admitted = application();
        admitted.admitApplication(LocalDate.of(2022, 5, 27), Decision.bySecretariat(LocalDate.of(2022, 5, 27)));

        assertThatThrownBy(() -> admitted.admitApplication(LocalDate.of(2022, 6, 1),
                Decision.bySecretariat(LocalDate.of(2022, 6, 1))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> admitted.rejectApplication(Decision.bySecretariat(LocalDate.of(2022, 6, 1), "no")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(admitted.admittedOn()).isEqualTo(LocalDate.of(2022, 5, 27));
        assertThat(admitted.pendingEvents()).hasSize(2);
    }

    @Test
    void aRejectionIsRecordedWithItsReasonAndTheOrganisationNeverBecomesAMember() {
        Member rejected = application();

        rejected.rejectApplication(Decision.bySecretariat(LocalDate.of(2022, 5, 10), "会員資格を満たさない"));

        assertThat(rejected.status()).isEqualTo(MemberStatus.REJECTED);
        assertThat(rejected.rejection().reason()).isEqualTo("会員資格を満たさない");
        assertThat(rejected.pendingEvents()).hasSize(1);
        assertThatThrownBy(() -> rejected.withdraw(LocalDate.of(2022, 6, 1), "x"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void admissionCannotPrecedeTheApplication() {
        Member application = application();

        assertThatThrownBy(() -> application.admitApplication(LocalDate.of(2022, 4, 1),
                Decision.bySecretariat(LocalDate.of(2022, 4, 1))))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("2022-04-20");
        assertThat(application.status()).isEqualTo(MemberStatus.APPLIED);
    }

    @Test
    void admissionAfterWithdrawalIsANewAdmissionAndTheOldMembershipStaysInHistory() {
        Member denki = Member.admit("東京電機大学", MemberCategory.ACADEMIA, LocalDate.of(2015, 4, 1));
        denki.withdraw(LocalDate.of(2022, 4, 7), "退会届の受理");

        Member again = denki.readmit(LocalDate.of(2024, 4, 1));

        assertThat(again.id()).isNotEqualTo(denki.id());
        assertThat(again.previousMembershipId()).isEqualTo(denki.id().value());
        assertThat(again.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(again.pendingEvents()).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo(EventCatalogue.MEMBER_ADMITTED.wireName()));
        assertThat(denki.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(denki.withdrawnOn()).isEqualTo(LocalDate.of(2022, 4, 7));
        assertThatThrownBy(() -> denki.readmit(LocalDate.of(2022, 4, 7))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> again.readmit(LocalDate.of(2025, 4, 1))).isInstanceOf(RuleViolationException.class);
    }
}
