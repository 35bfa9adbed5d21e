package io.councilhub.gateway.identity;

import io.councilhub.gateway.GatewayTestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One running gateway (random port, its own in-memory store, the test signing key, admin password known) in front
 * of a stand-in service; clients that speak to it over real HTTP as a browser or a script would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "councilhub.identity.admin-password=" + IdentityTestBase.ADMIN_PASSWORD)
abstract class IdentityTestBase {

    static final String ADMIN_PASSWORD = "admin-test-password-1";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final StandInService SERVICE = new StandInService();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"MEMBERSHIP_URL", "FINANCE_URL", "EVENTS_URL", "SUBCOMMITTEE_URL", "NOTIFICATION_URL"}) {
            registry.add(service, SERVICE::url);
        }
        GatewayTestTokens.configure(registry);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    HttpResponse<String> postJson(String path, String bearer, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    HttpResponse<String> token(String username, String password) {
        return postJson("/api/auth/token", null, Map.of("username", username, "password", password));
    }

    String accessToken(String username, String password) {
        HttpResponse<String> response = token(username, password);
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").asString();
    }

    /** Creates a user through the admin API with a SECRETARIAT token; fails the test when that is refused. */
    void createUser(String username, String password, String role, String memberId) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("displayName", "Test " + username);
        body.put("password", password);
        body.put("roles", java.util.List.of(role));
        body.put("memberId", memberId);
        HttpResponse<String> created = postJson("/api/auth/users", GatewayTestTokens.secretariat(), body);
        if (created.statusCode() != 201) {
            throw new AssertionError("user " + username + " not created: " + created.statusCode() + " " + created.body());
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    Browser browser() {
        return new Browser();
    }

    /** A browser: keeps its session cookie, does not follow redirects, reads the CSRF token from the forms it gets. */
    final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
        }

        /** Posts a form with the CSRF token of the page at {@code formPage}. */
        HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
            Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
            withToken.put("_csrf", csrfOf(get(formPage)));
            return post(action, withToken);
        }

        /** Posts a form as given: without a CSRF token unless {@code fields} has one. */
        HttpResponse<String> post(String action, Map<String, String> fields) {
            String form = fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url(action)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        HttpResponse<String> logIn(String username, String password) {
            return submit("/login", "/login", Map.of("username", username, "password", password));
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String csrfOf(HttpResponse<String> page) {
            Matcher matcher = CSRF.matcher(page.body());
            if (!matcher.find()) {
                throw new AssertionError("no CSRF token in " + page.uri() + ": " + page.body());
            }
            return matcher.group(1);
        }
    }
}
