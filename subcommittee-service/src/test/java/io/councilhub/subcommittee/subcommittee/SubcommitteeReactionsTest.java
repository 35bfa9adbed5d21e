package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.subcommittees.RepresentativeLost;
import io.councilhub.contracts.subcommittees.SubcommitteeEstablished;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What other contexts' events do to subcommittees: a meeting's approval establishes a proposed subcommittee once,
 * and a member organisation's withdrawal takes it out of its subcommittees and leaves those it represented without
 * a representative.
 */
class SubcommitteeReactionsTest extends ServiceApiTest {

    private static final LocalDate GENERAL_MEETING = LocalDate.of(2022, 5, 27);

    @Autowired
    Subcommittees subcommittees;

    @Test
    void anEstablishmentApprovedByTheGeneralMeetingAndDeliveredTwiceEstablishesTheSubcommitteeOnce() {
        String id = "sc-ai-" + UUID.randomUUID().toString().substring(0, 8);
        Response proposed = secretariat.post("/api/subcommittees", """
                {"id":"%s","kind":"SUBCOMMITTEE","name":"AI活用部会","proposed":true,
                 "representative":{"memberId":"member-chiba-u","organisation":"千葉商科大学","person":"鎌田 光宣","title":"学部長"}}"""
                .formatted(id));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
        ProposalApproved approval = new ProposalApproved("p-2022-11", "general-meeting-2022", 11, "部会の設置について",
                ProposalKind.SUBCOMMITTEE_ESTABLISHMENT, id, 2022, GENERAL_MEETING);
        String eventId = UUID.randomUUID().toString();

        infrastructure.publish(approval, eventId);
        infrastructure.publish(approval, eventId);
        infrastructure.publish(approval, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("subcommittee", Topics.MEETINGS);

        JsonNode established = secretariat.get("/api/subcommittees/" + id).json();
        assertThat(established.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(established.get("establishedOn").asString()).isEqualTo("2022-05-27");
        assertThat(established.get("establishment").get("proposalId").asString()).isEqualTo("p-2022-11");
        await().atMost(Duration.ofSeconds(20)).until(() -> subcommittees.findById(id).orElseThrow().pendingEvents().isEmpty());
        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(EventCatalogue.SUBCOMMITTEE_ESTABLISHED.wireName(), id), found -> !found.isEmpty());
        assertThat(events).hasSize(1);
        assertThat(EventJson.read(events.get(0).value(), SubcommitteeEstablished.class))
                .isEqualTo(new SubcommitteeEstablished(id, "AI活用部会", "SUBCOMMITTEE", GENERAL_MEETING, "member-chiba-u"));
    }

    @Test
    void theRepresentativesWithdrawalLeavesTheSubcommitteeWithoutARepresentativeAndIsReportedOnce() {
        String representative = "member-" + UUID.randomUUID();
        String participant = "member-" + UUID.randomUUID();
        String id = "sc-data-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = secretariat.post("/api/subcommittees", """
                {"id":"%s","kind":"SUBCOMMITTEE","name":"データ活用部会","establishedOn":"2019-01-21",
                 "representative":{"memberId":"%s","organisation":"Code for NAGAREYAMA","person":"白澤 美幸","title":"代表"},
                 "participants":[{"memberId":"%s","organisation":"Code For NAGAREYAMA","person":"白澤 美幸","role":"代表"},
                                 {"memberId":"%s","organisation":"Code for matsudo","person":"井上 貢","role":"代表"}]}"""
                .formatted(id, representative, representative, participant));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        MemberWithdrawn withdrawn = new MemberWithdrawn(representative, "Code for NAGAREYAMA", MemberCategory.ORGANIZATION,
                LocalDate.of(2022, 9, 30), "解散");
        String eventId = UUID.randomUUID().toString();

        infrastructure.publish(withdrawn, eventId);
        infrastructure.publish(withdrawn, eventId);
        infrastructure.publish(withdrawn, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("subcommittee", Topics.MEMBERSHIP);

        JsonNode after = secretariat.get("/api/subcommittees/" + id).json();
        assertThat(after.get("status").asString()).isEqualTo("NEEDS_REPRESENTATIVE");
        assertThat(after.get("representative").isNull()).isTrue();
        assertThat(after.get("formerRepresentatives").get(0).get("reason").asString()).isEqualTo("退会");
        JsonNode participants = after.get("participants");
        assertThat(participants.size()).isEqualTo(2);
        assertThat(participants.get(0).get("leftOn").asString()).isEqualTo("2022-09-30");
        assertThat(participants.get(0).get("leftReason").asString()).isEqualTo("退会");
        assertThat(participants.get(1).get("current").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> subcommittees.findById(id).orElseThrow().pendingEvents().isEmpty());
        List<ConsumerRecord<String, byte[]>> lost = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(EventCatalogue.REPRESENTATIVE_LOST.wireName(), id), found -> !found.isEmpty());
        assertThat(lost).hasSize(1);
        assertThat(EventJson.read(lost.get(0).value(), RepresentativeLost.class))
                .isEqualTo(new RepresentativeLost(id, "データ活用部会", representative, LocalDate.of(2022, 9, 30)));

        Response newRepresentative = secretariat.put("/api/subcommittees/" + id + "/representative", """
                {"memberId":"%s","organisation":"Code for Matsudo","person":"井上 貢","title":"代表","effectiveOn":"2022-10-01"}"""
                .formatted(participant));
        assertThat(newRepresentative.status()).as(newRepresentative.toString()).isEqualTo(200);
        assertThat(newRepresentative.json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aParticipantsWithdrawalRemovesOnlyItsEntriesAndPublishesNothing() {
        String representative = "member-" + UUID.randomUUID();
        String participant = "member-" + UUID.randomUUID();
        String id = "sc-p-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(secretariat.post("/api/subcommittees", """
                {"id":"%s","kind":"SUBCOMMITTEE","name":"テスト部会","establishedOn":"2019-01-21",
                 "representative":{"memberId":"%s","organisation":"A","person":"a"},
                 "participants":[{"memberId":"%s","organisation":"習志野市","person":"早川 誠貴","role":"情報政策課"}]}"""
                .formatted(id, representative, participant)).status()).isEqualTo(201);

        infrastructure.publish(new MemberWithdrawn(participant, "習志野市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2023, 3, 31), "退会届"), UUID.randomUUID().toString());
        infrastructure.awaitConsumed("subcommittee", Topics.MEMBERSHIP);

        JsonNode after = secretariat.get("/api/subcommittees/" + id).json();
        assertThat(after.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(after.get("participants").get(0).get("leftOn").asString()).isEqualTo("2023-03-31");
        assertThat(recordsOf(EventCatalogue.REPRESENTATIVE_LOST.wireName(), id)).isEmpty();
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(String type, String key) {
        return topic(Topics.SUBCOMMITTEES).records(type).stream().filter(record -> key.equals(record.key())).toList();
    }
}
