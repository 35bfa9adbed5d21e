package io.councilhub.membership.member;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.councilhub.chassis.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MemberRollApiTest extends ServiceApiTest {

    @Autowired
    Members members;

    @Autowired
    org.springframework.data.mongodb.core.MongoOperations mongo;

    @Autowired
    SearchTextBackfill backfill;

    @Test
    void admittingAMunicipalityPublishesMemberAdmittedKeyedByItsId() throws Exception {
        Response created = secretariat.post("/api/members", """
                {"name":"市川市","category":"MUNICIPALITY","admittedOn":"2013-05-27"}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.location()).endsWith("/api/members/" + id);
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");

        ConsumerRecord<String, byte[]> event = awaitEvent(EventCatalogue.MEMBER_ADMITTED.wireName(), id);
        assertThat(header(event, "ce_source")).isEqualTo("/councilhub/membership");
        assertThat(fieldNames(EventJson.mapper().readTree(event.value())))
                .isEqualTo(fieldNames(sample(EventCatalogue.MEMBER_ADMITTED.samplePath())));
    }

    @Test
    void withdrawingTwiceIsA409AndPublishesOnlyOnce() throws Exception {
        String id = admit("富里市", "MUNICIPALITY", "2013-05-27");

        Response withdrawn = secretariat.post("/api/members/" + id + "/withdrawal", """
                {"withdrawnOn":"2021-11-09","reason":"退会届の受理"}""");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        ConsumerRecord<String, byte[]> event = awaitEvent(EventCatalogue.MEMBER_WITHDRAWN.wireName(), id);
        assertThat(EventJson.read(event.value(), MemberWithdrawn.class)).isEqualTo(new MemberWithdrawn(id, "富里市",
                MemberCategory.MUNICIPALITY, LocalDate.of(2021, 11, 9), "退会届の受理"));
        assertThat(fieldNames(EventJson.mapper().readTree(event.value())))
                .isEqualTo(fieldNames(sample(EventCatalogue.MEMBER_WITHDRAWN.samplePath())));

        Response again = secretariat.post("/api/members/" + id + "/withdrawal", """
                {"withdrawnOn":"2022-01-01","reason":"二重送信"}""");

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("rule").asString()).isEqualTo("member-already-withdrawn");
        Member stored = members.findById(id).orElseThrow();
        assertThat(stored.withdrawnOn()).isEqualTo(LocalDate.of(2021, 11, 9));
        assertThat(stored.withdrawalReason()).isEqualTo("退会届の受理");
        await().atMost(Duration.ofSeconds(10)).until(() -> members.findById(id).orElseThrow().pendingEvents().isEmpty());
        assertThat(topic(Topics.MEMBERSHIP).records(EventCatalogue.MEMBER_WITHDRAWN.wireName()).stream()
                .filter(record -> id.equals(record.key()))).hasSize(1);
    }

    @Test
    void aMunicipalityIsAdmittedWithItsReadingCodeAndAddressAndRenamedWithHistory() throws Exception {
        Response created = secretariat.post("/api/members", """
                {"name":"富里町","nameKana":"とみさとまち","category":"MUNICIPALITY","admittedOn":"1990-04-01",
                 "localGovernmentCode":"122360","address":"千葉県富里市七栄652-1"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("localGovernmentCode").asString()).isEqualTo("122360");

        Response renamed = secretariat.post("/api/members/" + id + "/rename", """
                {"name":"富里市","nameKana":"とみさとし","effectiveOn":"2002-04-01"}""");

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("富里市");
        assertThat(renamed.json().get("formerNames").get(0).get("name").asString()).isEqualTo("富里町");
        assertThat(renamed.json().get("formerNames").get(0).get("until").asString()).isEqualTo("2002-03-31");
        ConsumerRecord<String, byte[]> event = awaitEvent(EventCatalogue.MEMBER_RENAMED.wireName(), id);
        assertThat(fieldNames(EventJson.mapper().readTree(event.value())))
                .isEqualTo(fieldNames(sample(EventCatalogue.MEMBER_RENAMED.samplePath())));

        Response typo = secretariat.post("/api/members", """
                {"name":"市川市","category":"MUNICIPALITY","admittedOn":"2013-05-27","localGovernmentCode":"122034"}""");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("errors").get(0).get("field").asString()).isEqualTo("localGovernmentCode");
        Response backwards = secretariat.post("/api/members/" + id + "/rename", """
                {"name":"新富里市","effectiveOn":"2001-01-01"}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveOn");
        assertThat(members.findById(id).orElseThrow().name()).isEqualTo("富里市");
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        long before = members.count();

        Response missing = secretariat.post("/api/members", """
                {"name":"  ","category":"CITY","admittedOn":"2022-04-01"}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("category");

        Response blank = secretariat.post("/api/members", """
                {"name":"","category":"COMPANY"}""");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "admittedOn");

        String id = admit("株式会社パクチャー", "COMPANY", "2022-04-01");
        Response early = secretariat.post("/api/members/" + id + "/withdrawal", """
                {"withdrawnOn":"2022-03-31","reason":"typo"}""");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("withdrawnOn");
        assertThat(members.findById(id).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);

        assertThat(secretariat.post("/api/members/no-such-member/withdrawal", """
                {"withdrawnOn":"2022-04-01","reason":"x"}""").status()).isEqualTo(404);
        assertThat(members.count()).isEqualTo(before + 1);
    }

    @Test
    void onlyTheSecretariatAdmitsAndAMemberSeesOnlyItself() {
        String own = admit("四街道市", "MUNICIPALITY", "2013-05-27");
        String other = admit("神崎町", "MUNICIPALITY", "2013-05-27");

        assertThat(ApiClient.at(port).as(TestTokens.officer()).post("/api/members", """
                {"name":"x","category":"COMPANY","admittedOn":"2022-04-01"}""").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).get("/api/members/" + other).status()).isEqualTo(200);

        ApiClient member = ApiClient.at(port).as(TestTokens.member(own));
        assertThat(member.get("/api/members/" + own).status()).isEqualTo(200);
        assertThat(member.get("/api/members/" + other).status()).isEqualTo(404);
        assertThat(member.get("/api/members").json().get("items").findValuesAsString("id")).containsExactly(own);
        assertThat(ApiClient.at(port).get("/api/members").status()).isEqualTo(401);
    }

    @Test
    void theRollFiltersByCategoryAndStatus() {
        admit("千葉県", "PREFECTURE", "2013-05-27");
        Response prefectures = secretariat.get("/api/members?category=PREFECTURE&status=ACTIVE");
        assertThat(prefectures.status()).isEqualTo(200);
        assertThat(prefectures.json().get("items").findValuesAsString("name")).contains("千葉県");
        assertThat(prefectures.json().get("items").findValuesAsString("category")).containsOnly("PREFECTURE");
        assertThat(secretariat.get("/api/members?category=TOWN").json().get("errors").get(0).get("field").asString())
                .isEqualTo("category");
    }

    @Test
    void theRollIsSearchedByKanjiOrKanaPagedInKanaOrderAndCountedForAYear() {
        String narashino = admitWithReading("習志野市", "ならしのし", "1985-04-01");
        String narita = admitWithReading("成田市", "ナリタシ", "1985-04-01");
        String abiko = admitWithReading("我孫子市", "あびこし", "1985-04-01");

        JsonNode byKana = secretariat.get("/api/members?fiscalYear=1985&category=MUNICIPALITY").json();
        assertThat(byKana.get("items").findValuesAsString("id")).containsExactly(abiko, narashino, narita);
        assertThat(byKana.get("total").asLong()).isEqualTo(3);
        JsonNode secondPage = secretariat.get("/api/members?fiscalYear=1985&size=2&page=1").json();
        assertThat(secondPage.get("items").findValuesAsString("id")).containsExactly(narita);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);

        assertThat(ids("/api/members?q=" + enc("ナラシノ"))).containsExactly(narashino);
        assertThat(ids("/api/members?q=" + enc("ならしの"))).containsExactly(narashino);
        assertThat(ids("/api/members?q=" + enc("習志"))).containsExactly(narashino);
        assertThat(ids("/api/members?q=" + enc("なりた"))).containsExactly(narita);
        assertThat(secretariat.get("/api/members?q=" + enc("(.*)")).json().get("total").asLong()).isZero();
        assertThat(secretariat.get("/api/members?size=500").status()).isEqualTo(400);
        assertThat(secretariat.get("/api/members?fiscalYear=R4").json().get("errors").get(0).get("field").asString())
                .isEqualTo("fiscalYear");

        assertThat(secretariat.post("/api/members/" + narita + "/withdrawal", """
                {"withdrawnOn":"1985-10-01","reason":"退会届の受理"}""").status()).isEqualTo(200);
        JsonNode counts = secretariat.get("/api/members/counts?fiscalYear=1985").json();
        assertThat(counts.get("label").asString()).isEqualTo("昭和60年度");
        assertThat(counts.get("activeDuringYear").asLong()).isEqualTo(3);
        assertThat(counts.get("atYearEnd").asLong()).isEqualTo(2);

        JsonNode changes = secretariat.get("/api/members/changes?fiscalYear=1985").json();
        assertThat(changes.get("admissions").findValuesAsString("onLabel")).containsOnly("昭和60年4月1日");
        assertThat(changes.get("withdrawals").get(0).get("name").asString()).isEqualTo("成田市");
        assertThat(changes.get("withdrawals").get(0).get("onLabel").asString()).isEqualTo("昭和60年10月1日");

        assertThat(ApiClient.at(port).as(TestTokens.member(abiko)).get("/api/members?fiscalYear=1985").json()
                .get("items").findValuesAsString("id")).containsExactly(abiko);
        assertThat(ApiClient.at(port).as(TestTokens.member(abiko)).get("/api/members/counts?fiscalYear=1985").status())
                .isEqualTo(403);
    }

    private String admitWithReading(String name, String kana, String on) {
        Response created = secretariat.post("/api/members", """
                {"name":"%s","nameKana":"%s","category":"MUNICIPALITY","admittedOn":"%s"}""".formatted(name, kana, on));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<String> ids(String path) {
        return secretariat.get(path).json().get("items").findValuesAsString("id");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String admit(String name, String category, String on) {
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"%s","admittedOn":"%s"}""".formatted(name, category, on));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String type, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic(Topics.MEMBERSHIP).records(type).stream()
                .anyMatch(record -> key.equals(record.key())));
        return topic(Topics.MEMBERSHIP).records(type).stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
    }

    private static JsonNode sample(String path) throws Exception {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(path)) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void aMemberStoredBeforeSearchTextExistedIsFoundOnceTheBackfillHasRun() {
        String id = java.util.UUID.randomUUID().toString();
        mongo.insert(new org.bson.Document("_id", id).append("name", "旧記録村").append("nameKana", "きゅうきろくむら")
                .append("sortKey", "キュウキロクムラ").append("category", "MUNICIPALITY").append("status", "ACTIVE")
                .append("admittedOn", java.util.Date.from(java.time.Instant.parse("2013-05-27T00:00:00Z")))
                .append("formerNames", List.of()).append("outbox", List.of()), "members");
        assertThat(secretariat.get("/api/members?q=きゅうきろく").json().get("items").findValuesAsString("id")).isEmpty();

        backfill.run(null);

        assertThat(secretariat.get("/api/members?q=きゅうきろく").json().get("items").findValuesAsString("id"))
                .containsExactly(id);
        assertThat(secretariat.get("/api/members?q=旧記録").json().get("items").findValuesAsString("id"))
                .containsExactly(id);
    }
}
