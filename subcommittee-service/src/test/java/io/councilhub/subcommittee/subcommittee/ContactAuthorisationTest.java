package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 庶務・会計担当者 is personal data: the secretariat, officers and users of the representative's or a participant's
 * organisation see it; any other member organisation's user gets the subcommittee without it, and a 404 on /contact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
class ContactAuthorisationTest {

    @LocalServerPort
    int port;

    String id;
    String representative;
    String participant;

    @BeforeEach
    void establish() {
        id = "sc-c-" + UUID.randomUUID().toString().substring(0, 8);
        representative = "member-" + UUID.randomUUID();
        participant = "member-" + UUID.randomUUID();
        Response created = as(TestTokens.secretariat()).post("/api/subcommittees", """
                {"id":"%s","kind":"SUBCOMMITTEE","name":"DXリテラシ向上対策部会","establishedOn":"2013-05-27",
                 "representative":{"memberId":"%s","organisation":"特定非営利活動法人 ITCちば経営応援隊","person":"浅井 鉄夫","title":"理事長"},
                 "contact":{"person":"加野 隆司","address":"千葉県千葉市美浜区真砂0-0-0","phone":"043-000-0001","email":"kano@example.jp"},
                 "participants":[{"memberId":"%s","organisation":"習志野市","person":"早川 誠貴","role":"情報政策課"}]}"""
                .formatted(id, representative, participant));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void theSecretariatAndOfficersSeeTheContact() {
        for (String token : new String[] {TestTokens.secretariat(), TestTokens.officer()}) {
            assertThat(as(token).get("/api/subcommittees/" + id).json().get("contact").get("email").asString())
                    .isEqualTo("kano@example.jp");
            Response contact = as(token).get("/api/subcommittees/" + id + "/contact");
            assertThat(contact.status()).isEqualTo(200);
            assertThat(contact.json().get("phone").asString()).isEqualTo("043-000-0001");
        }
    }

    @Test
    void theRepresentativesAndParticipantsOrganisationsSeeTheContact() {
        for (String member : new String[] {representative, participant}) {
            Response contact = as(TestTokens.member(member)).get("/api/subcommittees/" + id + "/contact");
            assertThat(contact.status()).isEqualTo(200);
            assertThat(contact.json().get("person").asString()).isEqualTo("加野 隆司");
        }
    }

    @Test
    void anotherMembersUserGetsTheSubcommitteeWithoutTheContactAndA404OnIt() {
        ApiClient stranger = as(TestTokens.member("member-" + UUID.randomUUID()));

        Response subcommittee = stranger.get("/api/subcommittees/" + id);
        Response list = stranger.get("/api/subcommittees");
        Response contact = stranger.get("/api/subcommittees/" + id + "/contact");

        assertThat(subcommittee.status()).isEqualTo(200);
        assertThat(subcommittee.json().get("name").asString()).isEqualTo("DXリテラシ向上対策部会");
        assertThat(subcommittee.json().has("contact")).isFalse();
        assertThat(subcommittee.body()).doesNotContain("kano@example.jp", "043-000-0001", "加野");
        assertThat(list.body()).contains(id).doesNotContain("kano@example.jp", "加野");
        assertThat(contact.status()).isEqualTo(404);
        assertThat(contact.body()).doesNotContain("kano");
        assertThat(stranger.put("/api/subcommittees/" + id + "/contact", """
                {"person":"x"}""").status()).isEqualTo(403);
    }

    private ApiClient as(String token) {
        return ApiClient.at(port).as(token);
    }
}
