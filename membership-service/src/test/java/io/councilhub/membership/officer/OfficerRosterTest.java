package io.councilhub.membership.officer;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficerRosterTest {

    /** Member ids of the fixture: derived from the name, so the same organisation has the same id each year. */
    private static final Function<String, String> MEMBER_IDS = name -> "member-" + name;

    @Test
    void theFy2022DraftProposesExactlyTheSeedsFourteenReasons() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());
        assertThat(fy2022.entries()).hasSize(14).allSatisfy(entry -> assertThat(entry.reason()).isEqualTo(ChangeReason.REAPPOINTED));

        // The secretariat edits the copied lines into the FY2022 ones, keeping each line's id.
        List<OfficerEntry> copied = fy2022.entries();
        List<OfficerRoster.EntryChange> changes = new ArrayList<>();
        for (int i = 0; i < SeedRosters.FY2022.size(); i++) {
            changes.add(new OfficerRoster.EntryChange(copied.get(i).id(), SeedRosters.FY2022.get(i).appointment(MEMBER_IDS), null));
        }
        fy2022.replaceEntries(changes);

        assertThat(fy2022.basedOn()).isEqualTo("roster-2021");
        assertThat(fy2022.entries()).extracting(OfficerEntry::personName)
                .containsExactlyElementsOf(SeedRosters.FY2022.stream().map(SeedRosters.Line::person).toList());
        assertThat(fy2022.entries()).extracting(OfficerEntry::reason)
                .containsExactlyElementsOf(SeedRosters.FY2022.stream().map(SeedRosters.Line::reason).toList());
        assertThat(fy2022.entries()).extracting(entry -> entry.reason().label()).containsExactly(
                "事務の移行", "留任", "人事異動に伴う交代", "留任", "人事異動に伴う交代", "人事異動に伴う交代", "人事異動に伴う交代",
                "人事異動に伴う交代", "留任", "留任", "留任", "留任", "人事異動に伴う交代", "留任");
        assertThat(fy2022.entries()).noneMatch(OfficerEntry::reasonOverridden);
    }

    @Test
    void theProposalComparesOrganisationAndPersonNotTheLinesIds() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());

        fy2022.replaceEntries(SeedRosters.FY2022.stream()
                .map(line -> new OfficerRoster.EntryChange(null, line.appointment(MEMBER_IDS), null)).toList());

        assertThat(fy2022.entries()).extracting(OfficerEntry::reason)
                .containsExactlyElementsOf(SeedRosters.FY2022.stream().map(SeedRosters.Line::reason).toList());
    }

    @Test
    void aPersonIsTheSameWhateverTheSpacingAndStaysReappointedInAnotherDepartment() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());
        OfficerEntry chiba = fy2022.entries().get(0);
        OfficerEntry kozaki = fy2022.entries().get(1);

        fy2022.reappoint(kozaki.id(), new Appointment(OfficerRole.OFFICER, kozaki.memberId(), "神崎町", "企画課", "課長", "久保木　豊吉"));
        fy2022.reappoint(chiba.id(), new Appointment(OfficerRole.CHIEF_SECRETARY, chiba.memberId(), "千葉県",
                "総合企画部 政策企画課", "課長", "佐々木 一"));

        assertThat(fy2022.entry(kozaki.id()).reason()).isEqualTo(ChangeReason.REAPPOINTED);
        assertThat(fy2022.entry(chiba.id()).reason()).isEqualTo(ChangeReason.REPLACED_BY_TRANSFER);
    }

    @Test
    void anOrganisationNewToTheRosterIsNewUnlessItTakesOverTheChiefSecretaryFromOneThatLeft() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());

        OfficerEntry narita = fy2022.appoint(new Appointment(OfficerRole.OFFICER, "member-成田市", "成田市", "企画政策課", "課長", "小川 光"));
        assertThat(narita.reason()).isEqualTo(ChangeReason.NEW);
        assertThat(narita.reason().label()).isEqualTo("新任");

        OfficerEntry chiba = fy2022.entries().get(0);
        fy2022.reappoint(chiba.id(), new Appointment(OfficerRole.CHIEF_SECRETARY, "member-千葉市", "千葉市", "総務局 情報経営部", "部長", "木村 健"));

        assertThat(fy2022.entry(chiba.id()).reason()).isEqualTo(ChangeReason.DUTIES_TRANSFERRED);
        assertThat(fy2022.entry(narita.id()).reason()).isEqualTo(ChangeReason.NEW);
    }

    @Test
    void withoutLastYearsRosterEveryOfficerIsNew() {
        OfficerRoster fy2021 = OfficerRoster.draft(FiscalYear.of(2021), null);

        fy2021.replaceEntries(SeedRosters.FY2021.stream()
                .map(line -> new OfficerRoster.EntryChange(null, line.appointment(MEMBER_IDS), null)).toList());

        assertThat(fy2021.basedOn()).isNull();
        assertThat(fy2021.entries()).hasSize(14).allSatisfy(entry -> assertThat(entry.reason()).isEqualTo(ChangeReason.NEW));
    }

    @Test
    void anOverriddenReasonSurvivesLaterProposalsUntilStaffRestoreIt() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());
        OfficerEntry chonan = fy2022.entries().get(2);

        fy2022.overrideReason(chonan.id(), ChangeReason.NEW);
        fy2022.reappoint(chonan.id(), SeedRosters.FY2022.get(2).appointment(MEMBER_IDS));
        fy2022.appoint(new Appointment(OfficerRole.AUDITOR, "member-成田市", "成田市", null, "会計管理者", "小川 光"));

        OfficerEntry overridden = fy2022.entry(chonan.id());
        assertThat(overridden.reason()).isEqualTo(ChangeReason.NEW);
        assertThat(overridden.reasonOverridden()).isTrue();
        assertThat(overridden.proposedReason()).isEqualTo(ChangeReason.REPLACED_BY_TRANSFER);

        OfficerEntry restored = fy2022.restoreProposedReason(chonan.id());
        assertThat(restored.reason()).isEqualTo(ChangeReason.REPLACED_BY_TRANSFER);
        assertThat(restored.reasonOverridden()).isFalse();
    }

    @Test
    void aReasonGivenInTheWholeListOverridesAndOneLeftOutKeepsTheOverride() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());
        List<OfficerEntry> copied = fy2022.entries();
        fy2022.overrideReason(copied.get(1).id(), ChangeReason.NEW);

        fy2022.replaceEntries(List.of(
                new OfficerRoster.EntryChange(copied.get(0).id(), copied.get(0).appointment(), ChangeReason.REAPPOINTED),
                new OfficerRoster.EntryChange(copied.get(1).id(), copied.get(1).appointment(), null)));

        assertThat(fy2022.entries()).hasSize(2);
        assertThat(fy2022.entries()).extracting(OfficerEntry::reasonOverridden).containsExactly(true, true);
        assertThat(fy2022.entries()).extracting(OfficerEntry::reason).containsExactly(ChangeReason.REAPPOINTED, ChangeReason.NEW);
    }

    @Test
    void entriesArePrintedByRoleAndTheChiefSecretaryIsOne() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());

        fy2022.appoint(new Appointment(OfficerRole.PRESIDENT, "member-千葉大学", null, null, "教授", "会長 太郎")
                .printedAs("千葉大学"));
        fy2022.appoint(new Appointment(OfficerRole.AUDITOR, "member-成田市", "成田市", null, "会計管理者", "小川 光"));

        assertThat(fy2022.entries()).extracting(OfficerEntry::role).startsWith(OfficerRole.PRESIDENT, OfficerRole.CHIEF_SECRETARY)
                .endsWith(OfficerRole.OFFICER, OfficerRole.AUDITOR);
        assertThat(fy2022.entries().get(0).organisation()).isEqualTo("千葉大学");
        assertThatThrownBy(() -> fy2022.appoint(new Appointment(OfficerRole.CHIEF_SECRETARY, "member-成田市", "成田市", null,
                "課長", "小川 光")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("role-already-held"));
        List<OfficerEntry> before = fy2022.entries();
        assertThatThrownBy(() -> fy2022.replaceEntries(List.of(
                new OfficerRoster.EntryChange(null, SeedRosters.FY2022.get(0).appointment(MEMBER_IDS), null),
                new OfficerRoster.EntryChange("no-such-entry", SeedRosters.FY2022.get(1).appointment(MEMBER_IDS), null))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("entries[1].id"));
        assertThatThrownBy(() -> fy2022.replaceEntries(List.of(
                new OfficerRoster.EntryChange(null, SeedRosters.FY2022.get(0).appointment(MEMBER_IDS), null),
                new OfficerRoster.EntryChange(null, SeedRosters.FY2022.get(0).appointment(MEMBER_IDS), null))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("entries[1].role"));
        assertThat(fy2022.entries()).isEqualTo(before);
    }

    @Test
    void aWithdrawnMembersOfficerIsFlaggedAndBlocksAdoptionUntilRemoved() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());
        OfficerEntry chonan = fy2022.entries().get(2);

        fy2022.flagWithdrawnMembers(Set.of("member-長南町"));

        assertThat(fy2022.entry(chonan.id()).memberWithdrawn()).isTrue();
        assertThat(fy2022.entries()).filteredOn(OfficerEntry::memberWithdrawn).hasSize(1);
        assertThatThrownBy(() -> fy2022.adopt(LocalDate.of(2022, 5, 27)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("roster-has-withdrawn-members"))
                .hasMessageContaining("長南町");
        assertThatThrownBy(() -> fy2022.adoptByProposal("p-2022-05", LocalDate.of(2022, 5, 27)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(fy2022.status()).isEqualTo(RosterStatus.DRAFT);
        assertThat(fy2022.pendingEvents()).isEmpty();

        fy2022.dismiss(chonan.id());
        fy2022.adopt(LocalDate.of(2022, 5, 27));

        assertThat(fy2022.status()).isEqualTo(RosterStatus.ADOPTED);
        assertThat(fy2022.entries()).hasSize(13);
    }

    @Test
    void adoptionPublishesTheOfficersOnceAndTheAdoptedRosterIsReadOnly() {
        OfficerRoster fy2022 = OfficerRoster.draft(FiscalYear.of(2022), adoptedFy2021());
        fy2022.replaceEntries(SeedRosters.FY2022.stream()
                .map(line -> new OfficerRoster.EntryChange(null, line.appointment(MEMBER_IDS), null)).toList());

        assertThat(fy2022.adoptByProposal("p-2022-05", LocalDate.of(2022, 5, 27))).isTrue();
        assertThat(fy2022.adoptByProposal("p-2022-05", LocalDate.of(2022, 5, 27))).isFalse();
        assertThat(fy2022.adoptByProposal("p-2022-09", LocalDate.of(2022, 9, 1))).isFalse();

        assertThat(fy2022.status()).isEqualTo(RosterStatus.ADOPTED);
        assertThat(fy2022.adoptedOn()).isEqualTo(LocalDate.of(2022, 5, 27));
        assertThat(fy2022.adoptedByProposal()).isEqualTo("p-2022-05");
        assertThat(fy2022.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventCatalogue.OFFICER_ROSTER_ADOPTED.wireName());
            assertThat(event.subject()).isEqualTo("roster-2022");
            OfficerRosterAdopted adopted = EventJson.read(event.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    OfficerRosterAdopted.class);
            assertThat(adopted.fiscalYear()).isEqualTo(2022);
            assertThat(adopted.officers()).hasSize(14);
            assertThat(adopted.officers().get(0)).isEqualTo(new OfficerRosterAdopted.Officer("member-千葉県", "CHIEF_SECRETARY",
                    "総務部デジタル改革推進局 デジタル戦略課", "課長", "斎藤 栄一", "DUTIES_TRANSFERRED"));
        });
        OfficerEntry first = fy2022.entries().get(0);
        assertThatThrownBy(() -> fy2022.adopt(LocalDate.of(2022, 6, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("roster-already-adopted"));
        assertThatThrownBy(() -> fy2022.overrideReason(first.id(), ChangeReason.NEW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("roster-adopted"));
        assertThatThrownBy(() -> fy2022.dismiss(first.id())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> fy2022.appoint(first.appointment())).isInstanceOf(RuleViolationException.class);
        fy2022.flagWithdrawnMembers(Set.of(first.memberId()));
        assertThat(fy2022.entries()).noneMatch(OfficerEntry::memberWithdrawn);
    }

    @Test
    void anEmptyRosterIsNotAdopted() {
        OfficerRoster empty = OfficerRoster.draft(FiscalYear.of(2023), null);

        assertThatThrownBy(() -> empty.adopt(LocalDate.of(2023, 5, 26)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("roster-empty"));
    }

    @Test
    void anAppointmentNamesItsMissingField() {
        assertThatThrownBy(() -> new Appointment(null, "m", "市川市", null, null, "大塚 信之"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThatThrownBy(() -> new Appointment(OfficerRole.OFFICER, " ", "市川市", null, null, "大塚 信之"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("memberId"));
        assertThatThrownBy(() -> new Appointment(OfficerRole.OFFICER, "m", "市川市", null, null, ""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("personName"));
    }

    static OfficerRoster adoptedFy2021() {
        OfficerRoster fy2021 = OfficerRoster.draft(FiscalYear.of(2021), null);
        fy2021.replaceEntries(SeedRosters.FY2021.stream()
                .map(line -> new OfficerRoster.EntryChange(null, line.appointment(MEMBER_IDS), null)).toList());
        fy2021.adopt(LocalDate.of(2021, 5, 28));
        return fy2021;
    }
}
