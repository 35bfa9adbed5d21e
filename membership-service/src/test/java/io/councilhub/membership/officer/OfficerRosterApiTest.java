package io.councilhub.membership.officer;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.membership.member.MemberRoll;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The secretariat drafts, edits and adopts officer rosters over HTTP; members and officers read them. */
class OfficerRosterApiTest extends ServiceApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MemberRoll roll;

    @Autowired
    OfficerRosters rosters;

    @Test
    void theSecretariatAdoptsARosterOnceAndAnAdoptedRosterIsReadOnly() throws Exception {
        String ichikawa = admit("市川市", MemberCategory.MUNICIPALITY);
        String chiba = admit("千葉県", MemberCategory.PREFECTURE);
        assertThat(secretariat.post("/api/officer-rosters/2031/draft", "").status()).isEqualTo(201);
        Response appointed = secretariat.post("/api/officer-rosters/2031/entries", appointment("OFFICER", ichikawa, null,
                "情報政策部 情報政策課", "課長", "大塚 信之"));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        assertThat(appointed.location()).contains("/api/officer-rosters/2031/entries/");
        secretariat.post("/api/officer-rosters/2031/entries", appointment("CHIEF_SECRETARY", chiba, null,
                "総務部デジタル改革推進局 デジタル戦略課", "課長", "斎藤 栄一"));

        Response adopted = secretariat.post("/api/officer-rosters/2031/adoption", "");

        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        JsonNode roster = adopted.json();
        assertThat(roster.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(roster.get("statusLabel").asString()).isEqualTo("決定");
        assertThat(roster.get("label").asString()).isEqualTo("令和13年度");
        assertThat(roster.get("adoptedOn").asString()).isNotBlank();
        JsonNode first = roster.get("entries").get(0);
        assertThat(first.get("roleLabel").asString()).isEqualTo("幹事長");
        assertThat(first.get("organisation").asString()).isEqualTo("千葉県");
        assertThat(first.get("reason").asString()).isEqualTo("NEW");
        assertThat(first.get("reasonLabel").asString()).isEqualTo("新任");
        assertThat(roster.get("entries").get(1).get("roleLabel").asString()).isEqualTo("幹事");
        ConsumerRecord<String, byte[]> event = awaitAdopted("roster-2031");
        OfficerRosterAdopted published = EventJson.read(event.value(), OfficerRosterAdopted.class);
        assertThat(published.fiscalYear()).isEqualTo(2031);
        assertThat(published.officers()).extracting(OfficerRosterAdopted.Officer::memberId).containsExactly(chiba, ichikawa);
        assertThat(fieldNames(EventJson.mapper().readTree(event.value()))).isEqualTo(
                fieldNames(EventJson.mapper().readTree(EventCatalogue.class.getResourceAsStream(EventCatalogue.OFFICER_ROSTER_ADOPTED.samplePath()))));

        String entryId = first.get("id").asString();
        assertConflict(secretariat.post("/api/officer-rosters/2031/adoption", ""), "roster-already-adopted");
        assertConflict(secretariat.post("/api/officer-rosters/2031/entries", appointment("OFFICER", ichikawa, null, null, "課長", "某")),
                "roster-adopted");
        assertConflict(secretariat.put("/api/officer-rosters/2031/entries/" + entryId, appointment("CHIEF_SECRETARY", chiba, null,
                null, "課長", "別人")), "roster-adopted");
        assertConflict(secretariat.put("/api/officer-rosters/2031/entries/" + entryId + "/reason", """
                {"reason":"REAPPOINTED"}"""), "roster-adopted");
        assertConflict(secretariat.put("/api/officer-rosters/2031/entries", "{\"entries\":[]}"), "roster-adopted");
        assertConflict(delete("/api/officer-rosters/2031/entries/" + entryId, TestTokens.secretariat()), "roster-adopted");
        assertThat(secretariat.get("/api/officer-rosters/2031").json().get("entries")).hasSize(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> rosters.findById("roster-2031").orElseThrow().pendingEvents().isEmpty());
        assertThat(adoptions("roster-2031")).hasSize(1);
    }

    @Test
    void staffOverrideAReasonAndEditsKeepTheOverride() {
        String sakura = admit("佐倉市", MemberCategory.MUNICIPALITY);
        String narita = admit("成田市", MemberCategory.MUNICIPALITY);
        secretariat.post("/api/officer-rosters/2041/draft", "");
        secretariat.post("/api/officer-rosters/2041/entries", appointment("OFFICER", sakura, null, "企画政策課", "課長", "青木 一"));
        secretariat.post("/api/officer-rosters/2041/adoption", "");

        Response drafted = secretariat.post("/api/officer-rosters/2042/draft", "");
        assertThat(drafted.json().get("basedOn").asString()).isEqualTo("roster-2041");
        String entryId = drafted.json().get("entries").get(0).get("id").asString();
        assertThat(drafted.json().get("entries").get(0).get("reason").asString()).isEqualTo("REAPPOINTED");

        Response overridden = secretariat.put("/api/officer-rosters/2042/entries/" + entryId + "/reason", """
                {"reason":"DUTIES_TRANSFERRED"}""");
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        Response edited = secretariat.put("/api/officer-rosters/2042/entries/" + entryId,
                appointment("OFFICER", sakura, "佐倉市", "企画政策課", "課長", "石川 二郎"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        secretariat.post("/api/officer-rosters/2042/entries", appointment("OFFICER", narita, null, "企画政策課", "課長", "小川 光"));

        JsonNode entries = secretariat.get("/api/officer-rosters/2042").json().get("entries");
        assertThat(entries.get(0).get("reason").asString()).isEqualTo("DUTIES_TRANSFERRED");
        assertThat(entries.get(0).get("reasonOverridden").asBoolean()).isTrue();
        assertThat(entries.get(0).get("proposedReason").asString()).isEqualTo("REPLACED_BY_TRANSFER");
        assertThat(entries.get(0).get("proposedReasonLabel").asString()).isEqualTo("人事異動に伴う交代");
        assertThat(entries.get(1).get("reason").asString()).isEqualTo("NEW");

        Response restored = delete("/api/officer-rosters/2042/entries/" + entryId + "/reason", TestTokens.secretariat());
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().get("entries").get(0).get("reason").asString()).isEqualTo("REPLACED_BY_TRANSFER");
        assertThat(restored.json().get("entries").get(0).get("reasonOverridden").asBoolean()).isFalse();

        Response removed = delete("/api/officer-rosters/2042/entries/" + entries.get(1).get("id").asString(), TestTokens.secretariat());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().get("entries")).hasSize(1);

        Response listed = secretariat.put("/api/officer-rosters/2042/entries", """
                {"entries":[{"id":"%s","role":"OFFICER","memberId":"%s","department":"企画政策課","title":"課長",
                             "personName":"石川 二郎","reason":"NEW"},
                            {"role":"AUDITOR","memberId":"%s","title":"会計管理者","personName":"小川 光"}]}"""
                .formatted(entryId, sakura, narita));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode both = listed.json().get("entries");
        assertThat(both.get(0).get("id").asString()).isEqualTo(entryId);
        assertThat(both.get(0).get("organisation").asString()).isEqualTo("佐倉市");
        assertThat(both.get(0).get("reason").asString()).isEqualTo("NEW");
        assertThat(both.get(0).get("reasonOverridden").asBoolean()).isTrue();
        assertThat(both.get(1).get("roleLabel").asString()).isEqualTo("監事");
        assertThat(both.get(1).get("organisation").asString()).isEqualTo("成田市");
        assertThat(both.get(1).get("reasonOverridden").asBoolean()).isFalse();
    }

    @Test
    void aWithdrawnMembersOfficerIsFlaggedAndTheRosterIsAdoptedOnlyOnceItIsReplaced() {
        String tomisato = admit("富里市", MemberCategory.MUNICIPALITY);
        String sammu = admit("山武市", MemberCategory.MUNICIPALITY);
        String shibayama = admit("芝山町", MemberCategory.MUNICIPALITY);
        secretariat.post("/api/officer-rosters/2051/draft", "");
        secretariat.post("/api/officer-rosters/2051/entries", appointment("OFFICER", tomisato, null, "企画課", "課長", "富里 太郎"));
        secretariat.post("/api/officer-rosters/2051/entries", appointment("OFFICER", sammu, null, "企画政策課", "課長", "山武 次郎"));
        assertThat(secretariat.post("/api/officer-rosters/2051/adoption", "").status()).isEqualTo(200);
        assertThat(secretariat.post("/api/members/" + tomisato + "/withdrawal", """
                {"withdrawnOn":"2052-03-31","reason":"退会届の受理"}""").status()).isEqualTo(200);

        Response drafted = secretariat.post("/api/officer-rosters/2052/draft", "");

        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.json().get("withdrawnMemberEntries").asLong()).isEqualTo(1);
        JsonNode flagged = drafted.json().get("entries").get(0);
        assertThat(flagged.get("organisation").asString()).isEqualTo("富里市");
        assertThat(flagged.get("memberWithdrawn").asBoolean()).isTrue();
        assertThat(drafted.json().get("entries").get(1).get("memberWithdrawn").asBoolean()).isFalse();
        assertThat(secretariat.get("/api/officer-rosters/2051").json().get("withdrawnMemberEntries").asLong())
                .as("an adopted roster is history and is not flagged").isZero();

        Response refused = secretariat.post("/api/officer-rosters/2052/adoption", "");
        assertConflict(refused, "roster-has-withdrawn-members");
        assertThat(refused.json().get("detail").asString()).contains("富里市");
        assertThat(secretariat.get("/api/officer-rosters/2052").json().get("status").asString()).isEqualTo("DRAFT");

        Response replaced = secretariat.put("/api/officer-rosters/2052/entries/" + flagged.get("id").asString(),
                appointment("OFFICER", shibayama, null, "総務課", "課長", "芝山 三郎"));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("withdrawnMemberEntries").asLong()).isZero();
        assertThat(replaced.json().get("entries").get(0).get("reason").asString()).isEqualTo("NEW");

        Response adopted = secretariat.post("/api/officer-rosters/2052/adoption", "");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        assertThat(awaitAdopted("roster-2052")).isNotNull();
    }

    @Test
    void everyoneSignedInReadsARosterAndOnlyTheSecretariatChangesIt() {
        String chonan = admit("長南町", MemberCategory.MUNICIPALITY);
        secretariat.post("/api/officer-rosters/2061/draft", "");
        String entryId = secretariat.post("/api/officer-rosters/2061/entries", appointment("OFFICER", chonan, null, "企画政策課",
                "課長", "河野 勉")).json().get("entries").get(0).get("id").asString();
        ApiClient member = ApiClient.at(port).as(TestTokens.member(chonan));
        ApiClient officer = ApiClient.at(port).as(TestTokens.officer());

        assertThat(member.get("/api/officer-rosters/2061").status()).isEqualTo(200);
        assertThat(officer.get("/api/officer-rosters/2061").json().get("entries").get(0).get("personName").asString())
                .isEqualTo("河野 勉");
        assertThat(member.get("/api/officer-rosters/2061/entries/" + entryId).status()).isEqualTo(200);
        assertThat(ApiClient.at(port).get("/api/officer-rosters/2061").status()).isEqualTo(401);

        for (ApiClient notStaff : List.of(member, officer)) {
            assertThat(notStaff.post("/api/officer-rosters/2062/draft", "").status()).isEqualTo(403);
            assertThat(notStaff.post("/api/officer-rosters/2061/entries", appointment("OFFICER", chonan, null, null, "課長", "某"))
                    .status()).isEqualTo(403);
            assertThat(notStaff.put("/api/officer-rosters/2061/entries/" + entryId + "/reason", """
                    {"reason":"NEW"}""").status()).isEqualTo(403);
            assertThat(notStaff.put("/api/officer-rosters/2061/entries", "{\"entries\":[]}").status()).isEqualTo(403);
            assertThat(notStaff.post("/api/officer-rosters/2061/adoption", "").status()).isEqualTo(403);
        }
        assertThat(delete("/api/officer-rosters/2061/entries/" + entryId, TestTokens.member(chonan)).status()).isEqualTo(403);
        JsonNode unchanged = secretariat.get("/api/officer-rosters/2061").json();
        assertThat(unchanged.get("status").asString()).isEqualTo("DRAFT");
        assertThat(unchanged.get("entries")).hasSize(1);
        assertThat(unchanged.get("entries").get(0).get("reasonOverridden").asBoolean()).isFalse();
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        String kisarazu = admit("木更津市", MemberCategory.MUNICIPALITY);
        assertThat(secretariat.post("/api/officer-rosters/2071/draft", "").status()).isEqualTo(201);

        assertField(secretariat.post("/api/officer-rosters/2071/entries", """
                {"role":"OFFICER","memberId":"%s","title":"課長"}""".formatted(kisarazu)), "personName");
        assertField(secretariat.post("/api/officer-rosters/2071/entries", """
                {"role":"KING","memberId":"%s","personName":"安田 貴之"}""".formatted(kisarazu)), "role");
        assertField(secretariat.post("/api/officer-rosters/2071/entries", """
                {"role":"OFFICER","memberId":"no-such-member","personName":"安田 貴之"}"""), "memberId");
        assertField(secretariat.put("/api/officer-rosters/2071/entries", """
                {"entries":[{"role":"OFFICER","memberId":"%s","personName":"安田 貴之"},
                            {"role":"OFFICER","memberId":"%s","personName":" "}]}""".formatted(kisarazu, kisarazu)),
                "entries[1].personName");
        assertField(secretariat.put("/api/officer-rosters/2071/entries", """
                {"entries":[{"role":"OFFICER","memberId":"no-such-member","personName":"安田 貴之"}]}"""),
                "entries[0].memberId");
        assertField(secretariat.put("/api/officer-rosters/2071/entries", """
                {"entries":[{"id":"no-such-entry","role":"OFFICER","memberId":"%s","personName":"安田 貴之"}]}"""
                .formatted(kisarazu)), "entries[0].id");
        assertField(secretariat.put("/api/officer-rosters/2071/entries/x/reason", """
                {"reason":"RETIRED"}"""), "reason");
        assertField(secretariat.get("/api/officer-rosters/next-year"), "fiscalYear");
        assertThat(secretariat.get("/api/officer-rosters/2071").json().get("entries")).isEmpty();

        assertThat(secretariat.get("/api/officer-rosters/2099").status()).isEqualTo(404);
        assertThat(secretariat.put("/api/officer-rosters/2071/entries/no-such-entry/reason", """
                {"reason":"NEW"}""").status()).isEqualTo(404);
        assertConflict(secretariat.post("/api/officer-rosters/2071/draft", ""), "roster-exists");
        assertConflict(secretariat.post("/api/officer-rosters/2071/adoption", ""), "roster-empty");
        secretariat.post("/api/officer-rosters/2071/entries", appointment("CHIEF_SECRETARY", kisarazu, null, null, "課長", "安田 貴之"));
        assertConflict(secretariat.post("/api/officer-rosters/2071/entries", appointment("CHIEF_SECRETARY", kisarazu, null, null,
                "課長", "別の 人")), "role-already-held");
    }

    private String admit(String name, MemberCategory category) {
        return roll.admit(name, null, category, LocalDate.of(2013, 5, 27), null, null).id().value();
    }

    private static String appointment(String role, String memberId, String organisation, String department, String title,
                                      String person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", role);
        body.put("memberId", memberId);
        body.put("organisation", organisation);
        body.put("department", department);
        body.put("title", title);
        body.put("personName", person);
        return JSON.writeValueAsString(body);
    }

    private ConsumerRecord<String, byte[]> awaitAdopted(String rosterId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> adoptions(rosterId).stream().findFirst().orElse(null),
                record -> record != null);
    }

    private List<ConsumerRecord<String, byte[]>> adoptions(String rosterId) {
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.OFFICER_ROSTER_ADOPTED.wireName()).stream()
                .filter(record -> rosterId.equals(record.key())).toList();
    }

    private static void assertConflict(Response response, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private Response delete(String path, String token) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        collect("", node, names);
        return names.stream().sorted().distinct().toList();
    }

    private static void collect(String prefix, JsonNode node, List<String> names) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                names.add(prefix + name);
                collect(prefix + name + ".", node.get(name), names);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(prefix, node.get(0), names);
        }
    }
}
