package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxEntry;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.subcommittees.RepresentativeLost;
import io.councilhub.contracts.subcommittees.SubcommitteeDissolved;
import io.councilhub.contracts.subcommittees.SubcommitteeEstablished;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static io.councilhub.subcommittee.subcommittee.SeedSubcommittees.ITC_CHIBA;
import static io.councilhub.subcommittee.subcommittee.SeedSubcommittees.NARASHINO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubcommitteeTest {

    @Test
    void establishingRecordsSubcommitteeEstablished() {
        Subcommittee subcommittee = SeedSubcommittees.itLiteracy();

        assertThat(subcommittee.status()).isEqualTo(SubcommitteeStatus.ACTIVE);
        assertThat(events(subcommittee)).containsExactly(new SubcommitteeEstablished("sc-dx-literacy",
                "ITリテラシ向上対策部会", "SUBCOMMITTEE", SeedSubcommittees.ESTABLISHED, ITC_CHIBA));
    }

    @Test
    void theDxLiteracySubcommitteeWasTheItLiteracySubcommitteeUntilFiscal2021() {
        Subcommittee subcommittee = SeedSubcommittees.itLiteracy();

        subcommittee.rename("DXリテラシ向上対策部会", LocalDate.of(2022, 4, 1));

        assertThat(subcommittee.name()).isEqualTo("DXリテラシ向上対策部会");
        assertThat(subcommittee.nameIn(FiscalYear.of(2013))).isEqualTo("ITリテラシ向上対策部会");
        assertThat(subcommittee.nameIn(FiscalYear.of(2021))).isEqualTo("ITリテラシ向上対策部会");
        assertThat(subcommittee.nameIn(FiscalYear.of(2022))).isEqualTo("DXリテラシ向上対策部会");
        assertThat(subcommittee.nameIn(FiscalYear.of(2012))).isEqualTo("ITリテラシ向上対策部会");
        assertThat(subcommittee.names()).containsExactly(
                new NameInForce("ITリテラシ向上対策部会", SeedSubcommittees.ESTABLISHED, LocalDate.of(2022, 3, 31)),
                new NameInForce("DXリテラシ向上対策部会", LocalDate.of(2022, 4, 1), null));
    }

    @Test
    void aRenameMustComeAfterTheCurrentNameTookEffect() {
        Subcommittee subcommittee = SeedSubcommittees.itLiteracy();

        assertThatThrownBy(() -> subcommittee.rename("DXリテラシ向上対策部会", SeedSubcommittees.ESTABLISHED))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
        assertThatThrownBy(() -> subcommittee.rename("ITリテラシ向上対策部会", LocalDate.of(2022, 4, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(subcommittee.names()).hasSize(1);
    }

    @Test
    void aSubcommitteeAdmitsNoNonMembersEvenWithApproval() {
        Subcommittee subcommittee = SeedSubcommittees.itLiteracy();

        assertThatThrownBy(() -> subcommittee.addParticipant(null, "Code for INZAI", "林 敬子", null, null,
                new ChairApproval("会長 山田", LocalDate.of(2022, 5, 1))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("non-members-only-in-working-groups"));
        assertThat(subcommittee.participants()).isEmpty();
    }

    @Test
    void aWorkingGroupAdmitsANonMemberOnlyWithTheChairsApproval() {
        Subcommittee group = SeedSubcommittees.workingGroup();

        assertThatThrownBy(() -> group.addParticipant(null, "Code for INZAI", "林 敬子", null, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("approval"));
        Participant added = group.addParticipant(null, "Code for INZAI", "林 敬子", null, LocalDate.of(2022, 6, 1),
                new ChairApproval("会長 山田", LocalDate.of(2022, 5, 30)));

        assertThat(added.isMember()).isFalse();
        assertThat(group.currentParticipants()).containsExactly(added);
        assertThat(added.approval().approvedBy()).isEqualTo("会長 山田");
    }

    @Test
    void theRepresentativesWithdrawalLeavesTheSubcommitteeWithoutARepresentativeOnce() {
        Subcommittee subcommittee = SeedSubcommittees.itLiteracy();
        subcommittee.addParticipant(ITC_CHIBA, "NPO ITC ちば経営応援隊", "加野 隆司", null, null, null);
        subcommittee.addParticipant(NARASHINO, "習志野市", "早川 誠貴", "情報政策課", null, null);
        LocalDate withdrawn = LocalDate.of(2022, 9, 30);

        assertThat(subcommittee.memberWithdrew(ITC_CHIBA, withdrawn)).isTrue();
        assertThat(subcommittee.memberWithdrew(ITC_CHIBA, withdrawn)).isFalse();

        assertThat(subcommittee.status()).isEqualTo(SubcommitteeStatus.NEEDS_REPRESENTATIVE);
        assertThat(subcommittee.representative()).isEmpty();
        assertThat(subcommittee.formerRepresentatives()).extracting(FormerRepresentative::reason).containsExactly("退会");
        assertThat(events(subcommittee)).filteredOn(RepresentativeLost.class::isInstance).containsExactly(
                new RepresentativeLost("sc-dx-literacy", "ITリテラシ向上対策部会", ITC_CHIBA, withdrawn));
        assertThat(subcommittee.participants()).hasSize(2);
        assertThat(subcommittee.currentParticipants()).extracting(Participant::memberId).containsExactly(NARASHINO);
        assertThat(subcommittee.participants().get(0).leftOn()).isEqualTo(withdrawn);
        assertThat(subcommittee.isOrganisationOf(ITC_CHIBA)).isFalse();
        assertThat(subcommittee.isOrganisationOf(NARASHINO)).isTrue();
    }

    @Test
    void aNewRepresentativeMakesTheSubcommitteeActiveAgain() {
        Subcommittee subcommittee = SeedSubcommittees.itLiteracy();
        subcommittee.memberWithdrew(ITC_CHIBA, LocalDate.of(2022, 9, 30));

        subcommittee.changeRepresentative(new Representative(NARASHINO, "習志野市", "早川 誠貴", "情報政策課"), LocalDate.of(2022, 10, 1));

        assertThat(subcommittee.status()).isEqualTo(SubcommitteeStatus.ACTIVE);
        assertThat(subcommittee.representative()).map(Representative::memberId).contains(NARASHINO);
    }

    @Test
    void aProposedSubcommitteeIsEstablishedByTheFirstApprovalOnly() {
        Subcommittee proposed = Subcommittee.propose("sc-new", SubcommitteeKind.SUBCOMMITTEE, "AI活用部会", null,
                SeedSubcommittees.asai(), null, null);
        assertThat(events(proposed)).isEmpty();

        assertThat(proposed.establishByProposal("p-1", LocalDate.of(2022, 5, 27))).isTrue();
        assertThat(proposed.establishByProposal("p-1", LocalDate.of(2022, 5, 28))).isFalse();

        assertThat(proposed.establishedOn()).isEqualTo(LocalDate.of(2022, 5, 27));
        assertThat(proposed.establishment().proposalId()).isEqualTo("p-1");
        assertThat(events(proposed)).hasSize(1);
    }

    @Test
    void dissolvingRecordsSubcommitteeDissolvedAndFreezesTheSubcommittee() {
        Subcommittee group = SeedSubcommittees.workingGroup();

        group.dissolve(LocalDate.of(2023, 3, 31), "設置期間の満了");

        assertThat(events(group)).contains(new SubcommitteeDissolved("wg-open-data", "オープンデータWG", LocalDate.of(2023, 3, 31), "設置期間の満了"));
        assertThatThrownBy(() -> group.dissolve(LocalDate.of(2023, 4, 1), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("subcommittee-already-dissolved"));
        assertThatThrownBy(() -> group.rename("別名", LocalDate.of(2023, 4, 1))).isInstanceOf(RuleViolationException.class);
        assertThat(group.memberWithdrew(ITC_CHIBA, LocalDate.of(2023, 5, 1))).isFalse();
    }

    @Test
    void theContactNeverPrintsInClear() {
        assertThat(SeedSubcommittees.kano().toString())
                .doesNotContain("加野", "kano@", "0001", "0002", "真砂")
                .contains("加***", "k***@example.jp");
    }

    private static List<Object> events(Subcommittee subcommittee) {
        return subcommittee.pendingEvents().stream().map(SubcommitteeTest::event).toList();
    }

    private static Object event(OutboxEntry entry) {
        return EventJson.read(entry.payload().getBytes(StandardCharsets.UTF_8),
                EventCatalogue.byWireName(entry.type()).orElseThrow().recordType());
    }
}
