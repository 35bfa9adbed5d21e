package io.councilhub.gateway.dashboard;

import io.councilhub.gateway.GatewayTestTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Page tests sign in as the first administrator (SECRETARIAT) the gateway creates with a known password,
 * and check that panels call services with a token the gateway signed for that user.
 */
public final class SignedIn {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "dashboard-test-password";

    private SignedIn() {
    }

    /** The administrator's password and the test signing key, for a {@code @DynamicPropertySource}. */
    public static void configure(DynamicPropertyRegistry registry) {
        registry.add("councilhub.identity.admin-password", () -> PASSWORD);
        GatewayTestTokens.configure(registry);
    }

    /** A browser signed in as the administrator. */
    public static Browser administrator(int port) {
        Browser browser = new Browser(port);
        browser.login(ADMIN, PASSWORD);
        return browser;
    }

    /**
     * A browser signed in as a staff user with these roles (e.g. an OFFICER), created through the gateway's user API
     * with a SECRETARIAT token the first time it is asked for.
     */
    public static Browser staff(int port, String username, String... roles) {
        String password = username + "-test-password";
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"Test " + username + "\",\"password\":\""
                + password + "\",\"roles\":[" + Arrays.stream(roles).map(r -> "\"" + r + "\"")
                .collect(Collectors.joining(",")) + "]}";
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/users"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + GatewayTestTokens.secretariat())
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new AssertionError("user " + username + " not created: " + created.statusCode() + " " + created.body());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Browser browser = new Browser(port);
        browser.login(username, password);
        return browser;
    }

    /**
     * A browser signed in as a new MEMBER user of {@code memberId}, created by the administrator on the user page (so
     * the membership stand-in must answer {@code GET /api/members/{memberId}}).
     */
    public static Browser member(int port, String username, String memberId) {
        return representing(port, username, "MEMBER", memberId);
    }

    /**
     * A browser signed in as a new OFFICER user who represents {@code memberId} (answers its votes), created the same
     * way as {@link #member}.
     */
    public static Browser officer(int port, String username, String memberId) {
        return representing(port, username, "OFFICER", memberId);
    }

    private static Browser representing(int port, String username, String role, String memberId) {
        Browser admin = administrator(port);
        admin.page("/dashboard/admin/users");
        HttpResponse<String> created = admin.post("/dashboard/admin/users", java.util.Map.of(
                "username", username, "displayName", username, "password", MEMBER_PASSWORD, "role", role,
                "memberId", memberId));
        if (created.statusCode() != 302) {
            throw new AssertionError("creating the " + role + " user " + username + " failed: " + created.statusCode()
                    + " " + created.body());
        }
        Browser browser = new Browser(port);
        browser.login(username, MEMBER_PASSWORD);
        return browser;
    }

    public static final String MEMBER_PASSWORD = "member-test-password";

    /** The token a service received, decoded as the service would (signature, issuer) — or an assertion error. */
    public static Jwt relayed(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new AssertionError("no bearer token: " + authorization);
        }
        return NimbusJwtDecoder.withPublicKey(GatewayTestTokens.publicKey()).build()
                .decode(authorization.substring("Bearer ".length()));
    }
}
