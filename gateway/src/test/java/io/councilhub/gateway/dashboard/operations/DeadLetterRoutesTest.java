package io.councilhub.gateway.dashboard.operations;

import com.sun.net.httpserver.HttpServer;
import io.councilhub.gateway.GatewayTestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/ops/<service>/dead-letters/**} reaches that service's own {@code /api/ops/dead-letters/**}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLetterRoutesTest {

    static final Map<String, String> seen = new ConcurrentHashMap<>();
    static final Map<String, HttpServer> services = Map.of(
            "membership", start("membership"), "finance", start("finance"), "events", start("events"),
            "subcommittee", start("subcommittee"), "notification", start("notification"));

    @LocalServerPort
    int port;

    static final String TOKEN = GatewayTestTokens.secretariat();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        GatewayTestTokens.configure(registry);
        services.forEach((name, server) -> registry.add(name.toUpperCase() + "_URL",
                () -> "http://localhost:" + server.getAddress().getPort()));
    }

    @AfterAll
    static void stop() {
        services.values().forEach(server -> server.stop(0));
    }

    @Test
    void eachServicesDeadLettersAreListedThroughTheGatewayUnderItsName() throws Exception {
        for (String service : services.keySet()) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/ops/" + service + "/dead-letters?limit=5"))
                    .header("Authorization", "Bearer " + TOKEN).GET());

            assertThat(response.statusCode()).as(service).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"service\":\"" + service + "\"}");
            assertThat(seen.get(service)).startsWith("GET /api/ops/dead-letters?limit=5 Bearer ");
        }
    }

    @Test
    void noTokenNoDeadLetters() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/ops/finance/dead-letters")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aReplayReachesTheServiceThatDeadLetteredTheRecord() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/ops/notification/dead-letters/council.membership.v1.notification.dlq/2/17/replay"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seen.get("notification"))
                .startsWith("POST /api/ops/dead-letters/council.membership.v1.notification.dlq/2/17/replay Bearer ");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/ops/", exchange -> {
                seen.put(name, exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = ("{\"service\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
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
