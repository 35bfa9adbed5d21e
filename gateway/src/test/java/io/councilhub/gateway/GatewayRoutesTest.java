package io.councilhub.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway forwards each service's API calls to that service's address; an authenticated call arrives with a
 * token the gateway signed for the caller, not the caller's own. The routes are looked up before the actuator's
 * endpoints and the gateway's own controllers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutesTest {

    static final AtomicReference<String> seenAuthorization = new AtomicReference<>();
    static final AtomicReference<String> seenPath = new AtomicReference<>();
    static final HttpServer membership = start();

    @LocalServerPort
    int port;

    @Autowired
    List<HandlerMapping> mappings;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("MEMBERSHIP_URL", () -> "http://localhost:" + membership.getAddress().getPort());
        registry.add("EVENTS_URL", () -> "http://localhost:" + membership.getAddress().getPort());
        registry.add("NOTIFICATION_URL", () -> "http://localhost:" + membership.getAddress().getPort());
        GatewayTestTokens.configure(registry);
    }

    static final String TOKEN = "Bearer " + GatewayTestTokens.secretariat();

    /** What a service would check: signed by the gateway's key, our issuer and audience, for the caller. */
    private static void assertRelayedFor(String subject) throws Exception {
        String authorization = seenAuthorization.get();
        assertThat(authorization).startsWith("Bearer ").isNotEqualTo(TOKEN);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(GatewayTestTokens.publicKey()).build();
        Jwt jwt = decoder.decode(authorization.substring("Bearer ".length()));
        assertThat(jwt.getSubject()).isEqualTo(subject);
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(GatewayTestTokens.ISSUER);
        assertThat(jwt.getAudience()).contains(GatewayTestTokens.AUDIENCE);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SECRETARIAT");
    }


    @AfterAll
    static void stop() {
        membership.stop(0);
    }

    @Test
    void routesMemberCallsToMembershipWithATokenTheGatewaySigned() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/members"))
                .header("Authorization", TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"items\":[],\"total\":0}");
        assertRelayedFor("staff-1");
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void theRoutesAreLookedUpBeforeAnyOtherHandlerMapping() {
        List<HandlerMapping> inOrder = new ArrayList<>(mappings);
        AnnotationAwareOrderComparator.sort(inOrder);

        assertThat(inOrder.get(0)).isInstanceOf(RouterFunctionMapping.class);
        assertThat(inOrder).anySatisfy(mapping ->
                assertThat(mapping.getClass().getName()).contains("EndpointHandlerMapping"));
    }

    @Test
    void routesEveryMembershipResourceToMembership() throws Exception {
        for (String path : List.of("/api/members?q=%E5%B8%82", "/api/members/m-1/contacts", "/api/applications",
                "/api/applications/a-1/admission", "/api/contacts/personnel-change?dryRun=true",
                "/api/officer-rosters/2022", "/api/officer-rosters/2022/entries")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Authorization", TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(seenPath.get()).isEqualTo(path);
        }
    }

    @Test
    void routesMeetingsRegistrationsAndTheCalendarToEvents() throws Exception {
        for (String path : List.of("/api/meetings?fiscalYear=2022", "/api/meetings/m-2022-general-assembly/registrations",
                "/api/registrations", "/api/registrations/cancellation?token=t", "/api/calendar/2022",
                "/api/calendar/2022/print")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Authorization", TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(seenPath.get()).isEqualTo(path);
        }
    }

    @Test
    void routesAgendasProposalsAndTheVoterRollToEvents() throws Exception {
        for (String path : List.of("/api/meetings/m-2022-general-assembly/agenda", "/api/proposals/m-2022-general-assembly-p7",
                "/api/proposals/m-2022-general-assembly-p7/votes/abc", "/api/voter-roll", "/api/voter-roll/officers/2022")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Authorization", TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(seenPath.get()).isEqualTo(path);
            assertRelayedFor("staff-1");
        }
    }

    @Test
    void routesSubscriberListsAndThePublicSubscriptionLinksToNotification() throws Exception {
        for (String path : List.of("/api/subscribers?list=newsletter", "/api/subscribers/import?dryRun=true",
                "/api/public/subscriptions", "/api/public/subscriptions/confirm?token=t",
                "/api/public/subscriptions/unsubscribe?token=t")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(seenPath.get()).isEqualTo(path);
        }
    }

    @Test
    void routesTheNewsletterApiAndItsPublicArchiveToNotification() throws Exception {
        for (String path : List.of("/api/newsletters/mezase-it/issues/81", "/api/newsletters/mezase-it/issues/81/delivery",
                "/api/public/newsletters/mezase-it/issues", "/api/public/newsletters/mezase-it/issues/80.pdf")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Authorization", TOKEN).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(seenPath.get()).isEqualTo(path);
        }
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/", exchange -> {
                seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                seenPath.set(exchange.getRequestURI().toString());
                byte[] body = "{\"items\":[],\"total\":0}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
