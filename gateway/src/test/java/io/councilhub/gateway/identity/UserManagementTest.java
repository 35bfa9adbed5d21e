package io.councilhub.gateway.identity;

import io.councilhub.gateway.GatewayTestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat manages users on its pages: a MEMBER user needs its organisation (the form says so at the field
 * and nothing is created), the member user then logs in as an API client for its organisation, a disabled user
 * cannot log in, a reset password works; the API refuses the same mistakes naming the field.
 */
class UserManagementTest extends IdentityTestBase {

    @Test
    void aMemberUserWithoutItsOrganisationIsRefusedAtTheField() {
        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> refused = admin.submit("/dashboard/admin/users", "/dashboard/admin/users", Map.of(
                "username", "ichikawa-contact", "displayName", "市川市 担当者", "password", "member-password-1",
                "role", "MEMBER", "memberId", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"memberId-error\"", "会員団体");
        assertThat(refused.body()).contains("value=\"ichikawa-contact\"");
        assertThat(admin.get("/dashboard/admin/users").body()).doesNotContain("data-username=\"ichikawa-contact\"");
        assertThat(token("ichikawa-contact", "member-password-1").statusCode()).isEqualTo(401);
    }

    @Test
    void aMemberUserCreatedOnThePageCallsTheApiForItsOrganisation() {
        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> created = admin.submit("/dashboard/admin/users", "/dashboard/admin/users", Map.of(
                "username", "funabashi-contact", "displayName", "船橋市 担当者", "password", "member-password-2",
                "role", "MEMBER", "memberId", "m-funabashi"));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/dashboard/admin/users").body()).contains("data-username=\"funabashi-contact\"", "m-funabashi");
        String memberToken = accessToken("funabashi-contact", "member-password-2");
        assertThat(get("/api/members/m-funabashi/contacts", memberToken).statusCode()).isEqualTo(200);
        Jwt relayed = NimbusJwtDecoder.withPublicKey(GatewayTestTokens.publicKey()).build()
                .decode(SERVICE.last().authorization().substring("Bearer ".length()));
        assertThat(relayed.getClaimAsString("member_id")).isEqualTo("m-funabashi");
        assertThat(relayed.getClaimAsStringList("roles")).containsExactly("MEMBER");

        Browser member = browser();
        member.logIn("funabashi-contact", "member-password-2");
        assertThat(member.get("/dashboard").statusCode()).as("the dashboard is for staff").isEqualTo(403);
    }

    @Test
    void anOfficerUserMayRepresentAnOrganisationWhichItsTokenCarriesButTheSecretariatNever() {
        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> created = admin.submit("/dashboard/admin/users", "/dashboard/admin/users", Map.of(
                "username", "chiba-officer", "displayName", "千葉県 幹事", "password", "officer-password-9",
                "role", "OFFICER", "memberId", "m-chiba"));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/dashboard/admin/users").body()).contains("data-username=\"chiba-officer\"");
        assertThat(get("/api/members", accessToken("chiba-officer", "officer-password-9")).statusCode()).isEqualTo(200);
        Jwt relayed = NimbusJwtDecoder.withPublicKey(GatewayTestTokens.publicKey()).build()
                .decode(SERVICE.last().authorization().substring("Bearer ".length()));
        assertThat(relayed.getClaimAsString("member_id")).isEqualTo("m-chiba");
        assertThat(relayed.getClaimAsStringList("roles")).containsExactly("OFFICER");

        HttpResponse<String> secretariat = postJson("/api/auth/users", GatewayTestTokens.secretariat(), Map.of(
                "username", "org-secretariat", "displayName", "Org secretariat", "password", "secretariat-password-1",
                "roles", List.of("SECRETARIAT"), "memberId", "m-chiba"));
        assertThat(secretariat.statusCode()).isEqualTo(400);
        assertThat(json(secretariat).get("errors").get(0).get("field").asString()).isEqualTo("memberId");
        assertThat(get("/api/auth/users/org-secretariat", GatewayTestTokens.secretariat()).statusCode()).isEqualTo(404);
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabledAgainAndAResetPasswordWorks() {
        createUser("leaving-officer", "officer-password-1", "OFFICER", null);
        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);
        String page = "/dashboard/admin/users/leaving-officer";

        admin.submit(page, page + "/disable", Map.of());
        assertThat(token("leaving-officer", "officer-password-1").statusCode()).isEqualTo(401);
        assertThat(admin.get(page).body()).contains("無効");

        HttpResponse<String> tooShort = admin.submit(page, page + "/password", Map.of("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("id=\"password-error\"");

        admin.submit(page, page + "/enable", Map.of());
        admin.submit(page, page + "/password", Map.of("password", "officer-password-2"));
        assertThat(token("leaving-officer", "officer-password-1").statusCode()).isEqualTo(401);
        assertThat(token("leaving-officer", "officer-password-2").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiNamesTheWrongFieldAndCreatesNothing() {
        Map<String, Object> member = new HashMap<>(Map.of("username", "no-org-member", "displayName", "No org",
                "password", "member-password-3", "roles", List.of("MEMBER")));

        HttpResponse<String> refused = postJson("/api/auth/users", GatewayTestTokens.secretariat(), member);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("memberId");
        assertThat(get("/api/auth/users/no-org-member", GatewayTestTokens.secretariat()).statusCode()).isEqualTo(404);

        member.put("username", "Bad Name!");
        member.put("memberId", "m-1");
        assertThat(json(postJson("/api/auth/users", GatewayTestTokens.secretariat(), member)).get("errors").get(0)
                .get("field").asString()).isEqualTo("username");

        member.put("username", "admin");
        member.put("roles", List.of("SECRETARIAT"));
        member.put("memberId", null);
        HttpResponse<String> taken = postJson("/api/auth/users", GatewayTestTokens.secretariat(), member);
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(json(taken).get("detail").asString()).contains("taken");
    }
}
