package io.councilhub.membership.proposal;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.membership.member.MemberRoll;
import io.councilhub.membership.officer.OfficerRosters;
import io.councilhub.membership.officer.SeedRosters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The assembly's approval of the officer election (ProposalApproved, OFFICER_ELECTION) adopts that year's roster, once. */
class OfficerElectionApprovalTest extends ServiceApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GROUP = "membership";
    private static final String DEAD_LETTERS = "council.meetings.v1.membership.dlq";

    @Autowired
    MemberRoll roll;

    @Autowired
    OfficerRosters rosters;

    @Test
    void approvingTheFy2022ElectionTwiceAdoptsTheSeedsRosterAndPublishesItsFourteenOfficersOnce() {
        Map<String, String> memberIds = new HashMap<>();
        for (SeedRosters.Line line : SeedRosters.FY2022) {
            memberIds.put(line.member(), roll.admit(line.member(), null, category(line.member()),
                    LocalDate.of(2013, 5, 27), null, null).id().value());
        }
        secretariat.post("/api/officer-rosters/2021/draft", "");
        assertThat(secretariat.put("/api/officer-rosters/2021/entries", entries(SeedRosters.FY2021, memberIds, null)).status())
                .isEqualTo(200);
        assertThat(secretariat.post("/api/officer-rosters/2021/adoption", "").status()).isEqualTo(200);

        Response drafted = secretariat.post("/api/officer-rosters/2022/draft", "");
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        List<String> copiedIds = new ArrayList<>();
        drafted.json().get("entries").forEach(entry -> copiedIds.add(entry.get("id").asString()));
        assertThat(copiedIds).hasSize(14);
        Response edited = secretariat.put("/api/officer-rosters/2022/entries", entries(SeedRosters.FY2022, memberIds, copiedIds));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        List<String> proposed = new ArrayList<>();
        edited.json().get("entries").forEach(entry -> proposed.add(entry.get("reasonLabel").asString()));
        assertThat(proposed).containsExactly("事務の移行", "留任", "人事異動に伴う交代", "留任", "人事異動に伴う交代",
                "人事異動に伴う交代", "人事異動に伴う交代", "人事異動に伴う交代", "留任", "留任", "留任", "留任",
                "人事異動に伴う交代", "留任");
        assertThat(edited.json().get("label").asString()).isEqualTo("令和4年度");

        ProposalApproved election = new ProposalApproved("p-2022-05", "m-2022-gm", 5, "令和4年度役員・幹事の選任について",
                ProposalKind.OFFICER_ELECTION, "2022", 2022, LocalDate.of(2022, 5, 27));
        String eventId = UUID.randomUUID().toString();
        infrastructure.publish(election, eventId);
        infrastructure.publish(election, eventId);
        infrastructure.publish(election, UUID.randomUUID().toString());
        infrastructure.publish(new ProposalApproved("p-2022-01", "m-2022-gm", 1, "令和3年度決算について", ProposalKind.OTHER,
                null, 2022, LocalDate.of(2022, 5, 27)), UUID.randomUUID().toString());

        awaitEveryMeetingEventHandled();
        JsonNode adopted = secretariat.get("/api/officer-rosters/2022").json();
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("adoptedOn").asString()).isEqualTo("2022-05-27");
        assertThat(adopted.get("adoptedOnLabel").asString()).isEqualTo("令和4年5月27日");
        assertThat(adopted.get("adoptedByProposal").asString()).isEqualTo("p-2022-05");
        await().atMost(Duration.ofSeconds(10)).until(() -> rosters.findById("roster-2022").orElseThrow().pendingEvents().isEmpty());
        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(10))
                .until(() -> adoptions("roster-2022"), records -> !records.isEmpty());
        assertThat(adoptions("roster-2022")).hasSize(1);
        OfficerRosterAdopted event = EventJson.read(published.get(0).value(), OfficerRosterAdopted.class);
        assertThat(event.fiscalYear()).isEqualTo(2022);
        assertThat(event.officers()).hasSize(14);
        assertThat(event.officers()).extracting(OfficerRosterAdopted.Officer::personName)
                .containsExactlyElementsOf(SeedRosters.FY2022.stream().map(SeedRosters.Line::person).toList());
        assertThat(event.officers()).extracting(OfficerRosterAdopted.Officer::memberId)
                .containsExactlyElementsOf(SeedRosters.FY2022.stream().map(line -> memberIds.get(line.member())).toList());
        assertThat(event.officers()).extracting(OfficerRosterAdopted.Officer::changeReason)
                .containsExactlyElementsOf(SeedRosters.FY2022.stream().map(line -> line.reason().name()).toList());
        assertThat(event.officers().get(0).role()).isEqualTo("CHIEF_SECRETARY");
        assertThat(deadLetters()).extracting(ConsumerRecord::key).doesNotContain("p-2022-05", "p-2022-01");
    }

    @Test
    void anApprovalForAYearWithoutARosterIsDeadLetteredAndOneForAnAdoptedRosterChangesNothing() {
        String ichikawa = roll.admit("市川市", null, MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27), null, null)
                .id().value();
        secretariat.post("/api/officer-rosters/2081/draft", "");
        secretariat.post("/api/officer-rosters/2081/entries", """
                {"role":"OFFICER","memberId":"%s","department":"情報政策部 情報政策課","title":"課長","personName":"大塚 信之"}"""
                .formatted(ichikawa));
        assertThat(secretariat.post("/api/officer-rosters/2081/adoption", "").status()).isEqualTo(200);
        String adoptedOn = secretariat.get("/api/officer-rosters/2081").json().get("adoptedOn").asString();

        String missing = UUID.randomUUID().toString();
        infrastructure.publish(new ProposalApproved("p-2090-05", "m-2090-gm", 5, "役員・幹事の選任について",
                ProposalKind.OFFICER_ELECTION, "2090", 2090, LocalDate.of(2090, 5, 26)), missing);
        infrastructure.publish(new ProposalApproved("p-2081-05", "m-2081-gm", 5, "役員・幹事の選任について",
                ProposalKind.OFFICER_ELECTION, "2081", 2081, LocalDate.of(2081, 5, 30)), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters().stream()
                .anyMatch(record -> missing.equals(TopicProbe.header(record, "ce_id"))));
        awaitEveryMeetingEventHandled();
        JsonNode roster = secretariat.get("/api/officer-rosters/2081").json();
        assertThat(roster.get("adoptedOn").asString()).isEqualTo(adoptedOn);
        assertThat(roster.get("adoptedByProposal").isNull()).isTrue();
        assertThat(secretariat.get("/api/officer-rosters/2090").status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).until(() -> rosters.findById("roster-2081").orElseThrow().pendingEvents().isEmpty());
        assertThat(adoptions("roster-2081")).hasSize(1);
    }

    private void awaitEveryMeetingEventHandled() {
        infrastructure.awaitConsumed(GROUP, Topics.MEETINGS);
    }

    private List<ConsumerRecord<String, byte[]>> adoptions(String rosterId) {
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.OFFICER_ROSTER_ADOPTED.wireName()).stream()
                .filter(record -> rosterId.equals(record.key())).toList();
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters() {
        try (TopicProbe probe = infrastructure.probe(DEAD_LETTERS)) {
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            for (int poll = 0; poll < 5; poll++) {
                records = probe.records();
            }
            return records;
        }
    }

    private static String entries(List<SeedRosters.Line> lines, Map<String, String> memberIds, List<String> ids) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SeedRosters.Line line = lines.get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            if (ids != null) {
                entry.put("id", ids.get(i));
            }
            entry.put("role", line.role().name());
            entry.put("memberId", memberIds.get(line.member()));
            entry.put("organisation", line.organisation());
            entry.put("department", line.department());
            entry.put("title", line.title());
            entry.put("personName", line.person());
            entries.add(entry);
        }
        return JSON.writeValueAsString(Map.of("entries", entries));
    }

    private static MemberCategory category(String member) {
        return switch (member) {
            case "千葉県" -> MemberCategory.PREFECTURE;
            case "城西国際大学", "千葉大学" -> MemberCategory.ACADEMIA;
            case "富士通Japan株式会社", "東日本電信電話株式会社" -> MemberCategory.COMPANY;
            case "公益社団法人千葉県情報サービス産業協会", "協同組合シー・ソフトウェア" -> MemberCategory.ORGANIZATION;
            default -> MemberCategory.MUNICIPALITY;
        };
    }
}
