package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as the only door: the secretariat creates a MEMBER user for one organisation; that user logs in
 * as an API client and, through the gateway, reads its own organisation's contacts, while another organisation's
 * are a 404, as if they did not exist. Without a token, or with a forged one, nothing is read at all.
 */
class GatewaySecurityStoryIT extends Story {

    @Test
    void aMemberUserReadsItsOwnOrganisationsContactsAndAnotherOrganisationsAreNotFound() {
        String own = admit("自治体テスト市");
        String other = admit("別団体テスト町");
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = secretariat.post("/api/auth/users", """
                {"username":"%s","displayName":"テスト市 情報政策課","password":"member-password-1",
                 "roles":["MEMBER"],"memberId":"%s"}""".formatted(username, own));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Response token = stack.anonymous().post("/api/auth/token", """
                {"username":"%s","password":"member-password-1"}""".formatted(username));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        ApiClient member = ApiClient.at(stack.gatewayUrl()).as(token.json().get("access_token").asString());

        Response ownContacts = member.get("/api/members/" + own + "/contacts");
        assertThat(ownContacts.status()).as(ownContacts.toString()).isEqualTo(200);
        assertThat(ownContacts.json().get("contacts").get(0).get("email").asString()).startsWith("joho-");

        Response otherContacts = member.get("/api/members/" + other + "/contacts");
        assertThat(otherContacts.status()).as(otherContacts.toString()).isEqualTo(404);
        assertThat(otherContacts.body()).doesNotContain("別団体テスト町").doesNotContain("joho-");

        assertThat(stack.anonymous().get("/api/members/" + own + "/contacts").status()).isEqualTo(401);
        assertThat(stack.anonymous().as("not-a-token").get("/api/members/" + own + "/contacts").status()).isEqualTo(401);
    }

    @Test
    void theAdministratorLogsInWithThePasswordFromTheEnvironment() {
        Assumptions.assumeTrue(stack.mail() != null, "only a stack started here has a known admin password");
        Response token = stack.anonymous().post("/api/auth/token", """
                {"username":"admin","password":"%s"}""".formatted(LocalStack.ADMIN_PASSWORD));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);

        Response members = ApiClient.at(stack.gatewayUrl()).as(token.json().get("access_token").asString()).get("/api/members");
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
    }

    /** A new member organisation with one contact; its id. */
    private static String admit(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"MUNICIPALITY","admittedOn":"2019-04-01"}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String memberId = created.json().get("id").asString();
        Response contacts = secretariat.put("/api/members/" + memberId + "/contacts", """
                {"contacts":[{"name":"情報 花子","department":"情報政策課","email":"joho-%s@example.jp","roles":["PRIMARY"]}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
        return memberId;
    }
}
