package io.councilhub.membership.application;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberApplied;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ApplicationsApiTest extends ServiceApiTest {

    @Autowired
    Members members;

    @Test
    void anApplicationPublishesMemberAppliedAndStaysOffTheRollUntilAdmitted() {
        String id = apply("一般社団法人ちばデジタル協会", "ORGANIZATION", "2022-04-20");

        ConsumerRecord<String, byte[]> applied = awaitEvent(EventCatalogue.MEMBER_APPLIED.wireName(), id);
        assertThat(EventJson.read(applied.value(), MemberApplied.class)).isEqualTo(new MemberApplied(id,
                "一般社団法人ちばデジタル協会", MemberCategory.ORGANIZATION, LocalDate.of(2022, 4, 20)));
        assertThat(secretariat.get("/api/applications").json().findValuesAsString("id")).contains(id);
        assertThat(secretariat.get("/api/members?q=ちばデジタル協会").json().get("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(secretariat.get("/api/members?status=APPLIED").json().get("items").findValuesAsString("id"))
                .contains(id);

        Response admitted = secretariat.post("/api/applications/" + id + "/admission", """
                {"admittedOn":"2022-05-01"}""");

        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
        assertThat(admitted.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(admitted.json().get("admission").get("by").asString()).isEqualTo("SECRETARIAT");
        assertThat(admitted.json().get("admission").get("onLabel").asString()).isEqualTo("令和4年5月1日");
        awaitEvent(EventCatalogue.MEMBER_ADMITTED.wireName(), id);
        assertThat(secretariat.get("/api/members?q=ちばデジタル協会").json().get("items").findValuesAsString("id"))
                .containsExactly(id);
        assertThat(secretariat.get("/api/applications").json().findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void anApplicationIsAdmittedOnceAndASecondDecisionIsA409ThatChangesNothing() {
        String id = apply("株式会社ちばクラウド", "COMPANY", "2022-06-01");
        assertThat(secretariat.post("/api/applications/" + id + "/admission", """
                {"admittedOn":"2022-06-10"}""").status()).isEqualTo(200);

        Response again = secretariat.post("/api/applications/" + id + "/admission", """
                {"admittedOn":"2022-07-01"}""");
        Response rejected = secretariat.post("/api/applications/" + id + "/rejection", """
                {"rejectedOn":"2022-07-01","reason":"二重"}""");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("not-an-open-application");
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(members.findById(id).orElseThrow().admittedOn()).isEqualTo(LocalDate.of(2022, 6, 10));
        awaitEvent(EventCatalogue.MEMBER_ADMITTED.wireName(), id);
        await().atMost(Duration.ofSeconds(10)).until(() -> members.findById(id).orElseThrow().pendingEvents().isEmpty());
        assertThat(admissionsOf(id)).hasSize(1);
    }

    @Test
    void aRejectionIsRecordedWithItsReasonAndAdmitsNobody() {
        String id = apply("合同会社テスト", "COMPANY", "2022-06-01");

        Response rejected = secretariat.post("/api/applications/" + id + "/rejection", """
                {"rejectedOn":"2022-06-15","reason":"会員資格を満たさない"}""");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejection").get("reason").asString()).isEqualTo("会員資格を満たさない");
        assertThat(members.findById(id).orElseThrow().status()).isEqualTo(MemberStatus.REJECTED);
        assertThat(secretariat.get("/api/members/counts?fiscalYear=2022").json().get("categories")
                .findValuesAsString("category")).isNotEmpty();
        assertThat(secretariat.get("/api/members?status=REJECTED").json().get("items").findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void aWithdrawnOrganisationRejoinsAsANewAdmissionAndTheOldOneStaysInPastYears() {
        Response admitted = secretariat.post("/api/members", """
                {"name":"東京電機大学","category":"ACADEMIA","admittedOn":"2015-04-01"}""");
        String old = admitted.json().get("id").asString();
        secretariat.post("/api/members/" + old + "/withdrawal", """
                {"withdrawnOn":"2022-04-07","reason":"退会届の受理"}""");

        Response again = secretariat.post("/api/members/" + old + "/readmission", """
                {"admittedOn":"2024-04-01"}""");

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        String renewed = again.json().get("id").asString();
        assertThat(renewed).isNotEqualTo(old);
        assertThat(again.location()).endsWith("/api/members/" + renewed);
        assertThat(again.json().get("previousMembershipId").asString()).isEqualTo(old);
        awaitEvent(EventCatalogue.MEMBER_ADMITTED.wireName(), renewed);
        assertThat(secretariat.get("/api/members?fiscalYear=2022&q=東京電機大学").json().get("items")
                .findValuesAsString("id")).containsExactly(old);
        assertThat(secretariat.get("/api/members?fiscalYear=2024&q=東京電機大学").json().get("items")
                .findValuesAsString("id")).containsExactly(renewed);
        assertThat(secretariat.post("/api/members/" + renewed + "/readmission", """
                {"admittedOn":"2025-04-01"}""").status()).isEqualTo(409);
    }

    @Test
    void onlyTheSecretariatDecidesAndBadInputNamesTheField() {
        String id = apply("株式会社ちばデータ", "COMPANY", "2022-06-01");

        assertThat(ApiClient.at(port).as(TestTokens.officer()).post("/api/applications/" + id + "/admission", """
                {"admittedOn":"2022-06-10"}""").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.member(id)).get("/api/applications").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).get("/api/applications/" + id).status()).isEqualTo(200);

        Response early = secretariat.post("/api/applications/" + id + "/admission", """
                {"admittedOn":"2022-05-01"}""");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("admittedOn");
        Response noReason = secretariat.post("/api/applications/" + id + "/rejection", """
                {"rejectedOn":"2022-06-15"}""");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(secretariat.post("/api/applications/no-such/admission", """
                {"admittedOn":"2022-06-10"}""").status()).isEqualTo(404);
        assertThat(members.findById(id).orElseThrow().status()).isEqualTo(MemberStatus.APPLIED);
    }

    private String apply(String name, String category, String appliedOn) {
        Response created = secretariat.post("/api/applications", """
                {"name":"%s","category":"%s","appliedOn":"%s"}""".formatted(name, category, appliedOn));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("APPLIED");
        return created.json().get("id").asString();
    }

    private List<ConsumerRecord<String, byte[]>> admissionsOf(String id) {
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.MEMBER_ADMITTED.wireName()).stream()
                .filter(record -> id.equals(record.key())).toList();
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String type, String key) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> topic(Topics.MEMBERSHIP).records(type).stream()
                .filter(record -> key.equals(record.key())).findFirst().orElse(null), record -> record != null);
    }
}
