package io.councilhub.gateway.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at a browser: the Japanese login page, form login with its CSRF token, the session calling the API
 * through the gateway with a token the gateway signs, forms refused without their token, logout.
 */
class DashboardSessionTest extends IdentityTestBase {

    @BeforeEach
    void reset() {
        SERVICE.forget();
    }

    @Test
    void theLoginPageIsJapaneseFirstWithAnEnglishSwitch() {
        HttpResponse<String> page = browser().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ユーザー名", "パスワード", "?lang=en", "name=\"_csrf\"");
    }

    @Test
    void aPageNeedsALoginAndComesBackAfterIt() {
        Browser browser = browser();
        HttpResponse<String> dashboard = browser.get("/dashboard/admin/users");
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        HttpResponse<String> loggedIn = browser.logIn("admin", ADMIN_PASSWORD);

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/dashboard/admin/users"));
        assertThat(browser.get("/dashboard/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginFormWithoutItsCsrfTokenIsRefused() {
        Browser browser = browser();
        browser.get("/login");

        HttpResponse<String> forged = browser.post("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/dashboard/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordShowsTheErrorOnTheLoginPage() {
        Browser browser = browser();

        HttpResponse<String> failed = browser.logIn("admin", "wrong-password-here");

        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("ユーザー名またはパスワードが違います");
    }

    @Test
    void theSessionCallsTheApiAndTheServiceGetsATokenTheGatewaySigned() {
        Browser browser = browser();
        browser.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> members = browser.get("/api/members");

        assertThat(members.statusCode()).isEqualTo(200);
        StandInService.Seen seen = SERVICE.last();
        assertThat(seen.cookie()).as("the session cookie stays at the gateway").isNull();
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/.well-known/jwks.json")).jwsAlgorithm(SignatureAlgorithm.RS256)
                .build().decode(seen.authorization().substring("Bearer ".length()));
        assertThat(jwt.getSubject()).isEqualTo("admin");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SECRETARIAT");
    }

    @Test
    void aChangeThroughTheSessionNeedsItsCsrfToken() {
        Browser browser = browser();
        browser.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(url("/api/members/m-1/withdrawal")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(SERVICE.last()).isNull();
    }

    @Test
    void anAdminFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Browser browser = browser();
        browser.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> forged = browser.post("/dashboard/admin/users", Map.of("username", "forged-user",
                "displayName", "Forged", "password", "forged-password-1", "role", "SECRETARIAT"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/dashboard/admin/users").body()).doesNotContain("forged-user");
    }

    @Test
    void loggingOutEndsTheSession() {
        Browser browser = browser();
        browser.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> out = browser.submit("/dashboard/admin/users", "/logout", Map.of());

        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
        assertThat(browser.get("/api/members").statusCode()).isEqualTo(401);
        assertThat(browser.get("/dashboard/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : new HttpResponse[] {browser().get("/login"), get("/api/members", null),
                get("/api/meetings", null), get("/.well-known/jwks.json", null)}) {
            String what = response.uri().getPath();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(what)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(what + " over plain http").isEmpty();
        }
    }
}
