package io.councilhub.devstack;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's FY2022 officer roster is the packet's 報告1, and every officer's organisation is on the demo roll. */
class DemoOfficersTest {

    @Test
    void theRosterIsThePacketsFourteenOfficersWithTheirReasons() throws Exception {
        List<DemoOfficer> officers = DemoOfficer.load(DemoOfficer.ROSTER_2022);

        assertThat(officers).hasSize(14);
        assertThat(officers.get(0)).extracting(DemoOfficer::role, DemoOfficer::organisation, DemoOfficer::person,
                DemoOfficer::reason).containsExactly("CHIEF_SECRETARY", "千葉県", "斎藤 栄一", "DUTIES_TRANSFERRED");
        assertThat(officers.stream().collect(Collectors.groupingBy(DemoOfficer::reason, Collectors.counting())))
                .isEqualTo(Map.of("DUTIES_TRANSFERRED", 1L, "REAPPOINTED", 7L, "REPLACED_BY_TRANSFER", 6L));
        assertThat(officers.get(8).entry("id-1")).containsEntry("department", null)
                .containsEntry("title", "事業企画部 会長").containsEntry("reason", "REAPPOINTED");
    }

    @Test
    void everyOfficersOrganisationIsAnActiveMemberOfTheDemoRoll() throws Exception {
        Set<String> active = DemoMember.load(DemoData.ROLL).stream()
                .filter(member -> member.isActiveOn(LocalDate.of(2022, 4, 1)))
                .map(DemoMember::name).collect(Collectors.toSet());

        assertThat(DemoOfficer.load(DemoOfficer.ROSTER_2022)).extracting(DemoOfficer::member).allMatch(active::contains);
    }
}
