package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.subcommittees.SubcommitteeDissolved;
import io.councilhub.contracts.subcommittees.SubcommitteeEstablished;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The secretariat establishes, renames, staffs and dissolves subcommittees through /api/subcommittees. */
class SubcommitteeApiTest extends ServiceApiTest {

    static final String ITC_CHIBA = "6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11";

    @Test
    void establishingTheDxLiteracySubcommitteePublishesSubcommitteeEstablishedAsTheSampleHasIt() throws IOException {
        Response created = secretariat.post("/api/subcommittees", """
                {"id":"sc-dx-literacy","kind":"SUBCOMMITTEE","name":"DXリテラシ向上対策部会","establishedOn":"2013-05-27",
                 "purpose":"県民のDXリテラシの向上",
                 "representative":{"memberId":"%s","organisation":"特定非営利活動法人 ITCちば経営応援隊","person":"浅井 鉄夫","title":"理事長"},
                 "contact":{"organisation":"特定非営利活動法人 ITCちば経営応援隊","person":"加野 隆司","address":"千葉県千葉市美浜区真砂0-0-0",
                            "phone":"043-000-0001","fax":"043-000-0002","email":"kano@example.jp"},
                 "period":{"from":"2022-04-01","until":"2023-03-31"}}""".formatted(ITC_CHIBA));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/subcommittees/sc-dx-literacy");
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.json().get("establishedOnLabel").asString()).isEqualTo("平成25年5月27日");
        assertThat(created.json().get("period").get("label").asString()).isEqualTo("令和4年4月1日～令和5年3月31日");
        List<ConsumerRecord<String, byte[]>> established = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(EventCatalogue.SUBCOMMITTEE_ESTABLISHED.wireName(), "sc-dx-literacy"), found -> !found.isEmpty());
        assertThat(established).hasSize(1);
        assertThat(EventJson.read(established.get(0).value(), SubcommitteeEstablished.class))
                .isEqualTo(EventJson.read(sample(EventCatalogue.SUBCOMMITTEE_ESTABLISHED.samplePath()), SubcommitteeEstablished.class));
        assertThat(secretariat.post("/api/subcommittees", """
                {"id":"sc-dx-literacy","kind":"SUBCOMMITTEE","name":"別の部会","establishedOn":"2022-04-01",
                 "representative":{"memberId":"m","organisation":"o","person":"p"}}""").status()).isEqualTo(409);
    }

    @Test
    void aRenameKeepsTheFormerNameAndEachYearShowsTheNameInForce() {
        String id = establish("SUBCOMMITTEE", "ITリテラシ向上対策部会");

        Response renamed = secretariat.post("/api/subcommittees/" + id + "/rename", """
                {"name":"DXリテラシ向上対策部会","effectiveOn":"2022-04-01"}""");

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        Response read = secretariat.get("/api/subcommittees/" + id);
        assertThat(read.json().get("name").asString()).isEqualTo("DXリテラシ向上対策部会");
        assertThat(read.json().get("names").get(0).get("name").asString()).isEqualTo("ITリテラシ向上対策部会");
        assertThat(read.json().get("names").get(0).get("until").asString()).isEqualTo("2022-03-31");
        Response backwards = secretariat.post("/api/subcommittees/" + id + "/rename", """
                {"name":"別名","effectiveOn":"2022-03-01"}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.isProblem()).isTrue();
        assertThat(backwards.body()).contains("effectiveOn");
    }

    @Test
    void aNonMemberTakesPartOnlyInAWorkingGroupAndOnlyWithTheChairsApproval() {
        String subcommittee = establish("SUBCOMMITTEE", "データ活用部会");
        String group = establish("WORKING_GROUP", "オープンデータWG");
        String nonMember = """
                {"organisation":"Code for INZAI","person":"林 敬子"%s}""";
        String approval = ",\"approval\":{\"approvedBy\":\"会長\",\"approvedOn\":\"2022-05-30\"}";

        Response inSubcommittee = secretariat.post("/api/subcommittees/" + subcommittee + "/participants", nonMember.formatted(approval));
        Response withoutApproval = secretariat.post("/api/subcommittees/" + group + "/participants", nonMember.formatted(""));
        Response halfApproval = secretariat.post("/api/subcommittees/" + group + "/participants",
                nonMember.formatted(",\"approval\":{\"approvedBy\":\"会長\"}"));
        Response approved = secretariat.post("/api/subcommittees/" + group + "/participants", nonMember.formatted(approval));

        assertThat(inSubcommittee.status()).isEqualTo(409);
        assertThat(inSubcommittee.body()).contains("non-members-only-in-working-groups");
        assertThat(withoutApproval.status()).isEqualTo(400);
        assertThat(withoutApproval.body()).contains("approval");
        assertThat(halfApproval.status()).isEqualTo(400);
        assertThat(halfApproval.body()).contains("approval.approvedOn");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        assertThat(secretariat.get("/api/subcommittees/" + subcommittee).json().get("participants").size()).isZero();
        var participants = secretariat.get("/api/subcommittees/" + group).json().get("participants");
        assertThat(participants.size()).isEqualTo(1);
        assertThat(participants.get(0).get("member").asBoolean()).isFalse();
        assertThat(participants.get(0).get("approval").get("approvedBy").asString()).isEqualTo("会長");
    }

    @Test
    void aParticipantWhoLeavesStaysInTheHistory() {
        String id = establish("SUBCOMMITTEE", "テスト部会");
        Response added = secretariat.post("/api/subcommittees/" + id + "/participants", """
                {"memberId":"member-ichikawa","organisation":"市川市","person":"市川 太郎","role":"企画課"}""");
        String participantId = added.location().substring(added.location().lastIndexOf('/') + 1);

        int left = delete("/api/subcommittees/" + id + "/participants/" + participantId + "?leftOn=2022-09-30");

        assertThat(left).isEqualTo(200);
        var participant = secretariat.get("/api/subcommittees/" + id).json().get("participants").get(0);
        assertThat(participant.get("leftOn").asString()).isEqualTo("2022-09-30");
        assertThat(participant.get("current").asBoolean()).isFalse();
    }

    @Test
    void dissolvingPublishesSubcommitteeDissolvedOnceAndTheSubcommitteeStaysOnRecord() {
        String id = establish("WORKING_GROUP", "オープンデータWG");

        Response dissolved = secretariat.post("/api/subcommittees/" + id + "/dissolution", """
                {"dissolvedOn":"2023-03-31","reason":"設置期間の満了"}""");
        Response again = secretariat.post("/api/subcommittees/" + id + "/dissolution", """
                {"dissolvedOn":"2023-04-01"}""");

        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);
        assertThat(dissolved.json().get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("subcommittee-already-dissolved");
        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(EventCatalogue.SUBCOMMITTEE_DISSOLVED.wireName(), id), found -> !found.isEmpty());
        assertThat(events).hasSize(1);
        assertThat(EventJson.read(events.get(0).value(), SubcommitteeDissolved.class))
                .isEqualTo(new SubcommitteeDissolved(id, "オープンデータWG", java.time.LocalDate.of(2023, 3, 31), "設置期間の満了"));
        assertThat(secretariat.get("/api/subcommittees?status=DISSOLVED").body()).contains(id);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        Response noDate = secretariat.post("/api/subcommittees", """
                {"id":"sc-bad","kind":"SUBCOMMITTEE","name":"部会",
                 "representative":{"memberId":"m","organisation":"o","person":"p"}}""");
        Response badMail = secretariat.post("/api/subcommittees", """
                {"id":"sc-bad","kind":"SUBCOMMITTEE","name":"部会","establishedOn":"2022-04-01",
                 "representative":{"memberId":"m","organisation":"o","person":"p"},
                 "contact":{"person":"p","email":"not-an-address"}}""");
        Response officer = ApiClient.at(port).as(TestTokens.officer()).post("/api/subcommittees", """
                {"id":"sc-bad","kind":"SUBCOMMITTEE","name":"部会","establishedOn":"2022-04-01",
                 "representative":{"memberId":"m","organisation":"o","person":"p"}}""");

        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("establishedOn");
        assertThat(badMail.status()).isEqualTo(400);
        assertThat(badMail.body()).contains("contact.email");
        assertThat(officer.status()).isEqualTo(403);
        assertThat(secretariat.get("/api/subcommittees/sc-bad").status()).isEqualTo(404);
    }

    @Test
    void workingGroupsGetNoGrantInFiscal2022UnlessTheSecretariatSaysOtherwise() {
        Response fy2022 = secretariat.get("/api/subcommittees/grant-eligibility/2022");
        assertThat(fy2022.json().get("eligible").get("WORKING_GROUP").asBoolean()).isFalse();
        assertThat(fy2022.json().get("eligible").get("SUBCOMMITTEE").asBoolean()).isTrue();
        assertThat(secretariat.get("/api/subcommittees/grant-eligibility/2023").json().get("eligible").get("WORKING_GROUP")
                .asBoolean()).isTrue();

        Response set = secretariat.put("/api/subcommittees/grant-eligibility/2024", """
                {"eligible":{"WORKING_GROUP":false}}""");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(secretariat.get("/api/subcommittees/grant-eligibility/2024").json().get("eligible")
                .get("WORKING_GROUP").asBoolean()).isFalse();
    }

    private String establish(String kind, String name) {
        String id = "sc-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = secretariat.post("/api/subcommittees", """
                {"id":"%s","kind":"%s","name":"%s","establishedOn":"2019-01-21",
                 "representative":{"memberId":"member-nagareyama","organisation":"Code for NAGAREYAMA","person":"白澤 美幸","title":"代表"}}"""
                .formatted(id, kind, name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id;
    }

    /** ApiClient has no DELETE; the status of one sent as the secretariat. */
    private int delete(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + TestTokens.secretariat()).DELETE().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(String type, String key) {
        return topic(Topics.SUBCOMMITTEES).records(type).stream().filter(record -> key.equals(record.key())).toList();
    }

    private static byte[] sample(String path) throws IOException {
        try (InputStream in = SubcommitteeApiTest.class.getResourceAsStream(path.startsWith("/") ? path : "/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
