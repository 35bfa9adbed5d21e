package io.councilhub.devstack;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's subcommittees are the packet's two, every organisation named is an active member, contacts are fake. */
class DemoSubcommitteesTest {

    @Test
    @SuppressWarnings("unchecked")
    void theTwoSubcommitteesOfThePacketNameOnlyActiveMembersAndFakeContacts() throws Exception {
        Map<String, Object> file;
        try (InputStream in = DemoData.class.getResourceAsStream(DemoData.SUBCOMMITTEES)) {
            file = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Set<String> active = DemoMember.load(DemoData.ROLL).stream()
                .filter(member -> member.isActiveOn(LocalDate.of(2022, 4, 1)))
                .map(DemoMember::name).collect(Collectors.toSet());
        List<Map<String, Object>> subcommittees = (List<Map<String, Object>>) (List<?>) file.get("subcommittees");

        assertThat(subcommittees).extracting(subcommittee -> subcommittee.get("id")).containsExactly("sc-dx-literacy", "sc-data-use");
        assertThat(subcommittees.get(0).get("establishedOn")).isEqualTo("2013-05-27");
        assertThat((List<Map<String, Object>>) subcommittees.get(0).get("renamed")).singleElement()
                .satisfies(rename -> assertThat(rename).containsEntry("name", "DXリテラシ向上対策部会").containsEntry("effectiveOn", "2022-04-01"));
        for (Map<String, Object> subcommittee : subcommittees) {
            assertThat(active).contains((String) ((Map<String, Object>) subcommittee.get("representative")).get("member"));
            assertThat((List<Map<String, Object>>) subcommittee.get("participants"))
                    .allSatisfy(participant -> assertThat(active).contains((String) participant.get("member")));
            Map<String, Object> contact = (Map<String, Object>) subcommittee.get("contact");
            assertThat((String) contact.get("email")).endsWith("@example.jp");
            assertThat((String) contact.get("phone")).matches("0[0-9]0-0000-[0-9]{4}");
        }
    }
}
