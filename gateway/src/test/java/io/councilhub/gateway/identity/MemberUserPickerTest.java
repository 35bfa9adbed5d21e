package io.councilhub.gateway.identity;

import io.councilhub.gateway.GatewayTestTokens;
import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.councilhub.gateway.dashboard.Pages.section;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat creates a MEMBER user by picking its organisation from the roll's active members (read from
 * membership-service), not by typing an id; an id that is not an active member on the roll is refused at the field
 * and no user is created, on the page and through the user API alike.
 */
class MemberUserPickerTest extends DashboardPageTest {

    static final String ICHIKAWA = """
            {"id":"m-ichikawa","name":"市川市","nameKana":"いちかわし","category":"MUNICIPALITY","status":"ACTIVE","admittedOn":"2003-04-01"}""";
    static final String MIRAI = """
            {"id":"m-mirai","name":"株式会社みらいデジタル","nameKana":"みらいでじたる","category":"COMPANY","status":"ACTIVE","admittedOn":"2022-09-15"}""";

    static final ServiceStandIn membership = ServiceStandIn.start()
            .json("GET /api/members?status=ACTIVE&page=0&size=200",
                    "{\"items\":[" + ICHIKAWA + "," + MIRAI + "],\"total\":2,\"page\":0,\"size\":200}")
            .json("GET /api/members/m-ichikawa", ICHIKAWA)
            .json("GET /api/members/m-sakura", """
                    {"id":"m-sakura","name":"佐倉市","category":"MUNICIPALITY","status":"WITHDRAWN","admittedOn":"2003-04-01"}""");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).membership(membership);
    }

    @Test
    void theCreateFormOffersTheRollsActiveMembersByNameAndCategory() {
        String form = section(administrator().page("/dashboard/admin/users"), "create-user");

        assertThat(form).contains("<select id=\"memberId\" name=\"memberId\">", "<option value=\"m-ichikawa\">市川市 (市町村)</option>",
                "<option value=\"m-mirai\">株式会社みらいデジタル (民間企業)</option>").doesNotContain("<input id=\"memberId\"");
        assertThat(membership.seen("GET", "/api/members?")).anySatisfy(seen ->
                assertThat(seen.pathAndQuery()).isEqualTo("/api/members?status=ACTIVE&page=0&size=200"));
    }

    @Test
    void aPickedMemberBecomesTheUsersOrganisation() {
        Browser admin = administrator();
        admin.page("/dashboard/admin/users");

        HttpResponse<String> created = admin.post("/dashboard/admin/users", Map.of("username", "ichikawa-picked",
                "displayName", "市川市 担当", "password", "member-password-1", "role", "MEMBER", "memberId", "m-ichikawa"));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.page("/dashboard/admin/users")).containsPattern(
                "data-username=\"ichikawa-picked\"[\\s\\S]*?<td>m-ichikawa</td>");
    }

    @Test
    void anIdThatIsNotAnActiveMemberIsRefusedAtTheFieldAndNoUserIsCreated() {
        Browser admin = administrator();
        admin.page("/dashboard/admin/users");

        HttpResponse<String> unknown = admin.post("/dashboard/admin/users", Map.of("username", "forged-member",
                "displayName", "Forged", "password", "member-password-1", "role", "MEMBER", "memberId", "m-nowhere"));
        HttpResponse<String> withdrawn = admin.post("/dashboard/admin/users", Map.of("username", "sakura-member",
                "displayName", "佐倉市", "password", "member-password-1", "role", "MEMBER", "memberId", "m-sakura"));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("id=\"memberId-error\">この会員団体は名簿にありません</span>");
        assertThat(withdrawn.statusCode()).isEqualTo(400);
        assertThat(withdrawn.body()).contains("id=\"memberId-error\">在籍していない会員団体です</span>");
        assertThat(admin.page("/dashboard/admin/users")).doesNotContain("forged-member", "sakura-member");
    }

    @Test
    void theUserApiRefusesTheSameIdsAtTheSameFieldAndCreatesNothing() {
        HttpResponse<String> unknown = createByApi("forged-api-member", "m-nowhere");
        HttpResponse<String> withdrawn = createByApi("sakura-api-member", "m-sakura");
        HttpResponse<String> active = createByApi("ichikawa-api-member", "m-ichikawa");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"memberId\"", "This organisation is not on the roll");
        assertThat(withdrawn.statusCode()).isEqualTo(400);
        assertThat(withdrawn.body()).contains("\"field\":\"memberId\"", "This organisation is not an active member");
        assertThat(active.statusCode()).isEqualTo(201);
        assertThat(administrator().page("/dashboard/admin/users")).contains("ichikawa-api-member")
                .doesNotContain("forged-api-member", "sakura-api-member");
    }

    private HttpResponse<String> createByApi(String username, String memberId) {
        String body = """
                {"username":"%s","displayName":"API","password":"member-password-1","roles":["MEMBER"],"memberId":"%s"}"""
                .formatted(username, memberId);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/users"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + GatewayTestTokens.secretariat())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
