package io.councilhub.gateway.apidocs;

import io.councilhub.gateway.testing.StandInService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer opens /docs/api and reads every service's API through the gateway: each service's /v3/api-docs is
 * served under /docs/api/{service}/openapi.json, and a service that is down, hangs or fails gives a clear 503 problem
 * within the time limit instead of an endless spinner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "councilhub.gateway.docs.timeout=1s")
class AggregatedApiDocsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final CountDownLatch release = new CountDownLatch(1);
    static final StandInService membership = StandInService.start().on("/v3/api-docs", exchange ->
            StandInService.respond(exchange, 200, "application/json", """
                    {"openapi":"3.1.0","info":{"title":"councilhub membership-service","version":"v1"},
                     "servers":[{"url":"http://localhost:8081","description":"Generated server url"}],
                     "paths":{"/api/members":{"get":{"operationId":"search"}}}}"""));
    static final StandInService events = StandInService.start().on("/v3/api-docs", exchange -> {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    });
    static final StandInService subcommittee = StandInService.start().on("/v3/api-docs", exchange ->
            StandInService.respond(exchange, 500, "application/json", "{}"));
    static final StandInService notification = StandInService.start().on("/v3/api-docs", exchange ->
            StandInService.respond(exchange, 200, "application/json",
                    "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"councilhub notification-service\"},\"paths\":{}}"));
    static final int closedPort = closedPort();

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("MEMBERSHIP_URL", membership::url);
        registry.add("FINANCE_URL", () -> "http://localhost:" + closedPort);
        registry.add("EVENTS_URL", events::url);
        registry.add("SUBCOMMITTEE_URL", subcommittee::url);
        registry.add("NOTIFICATION_URL", notification::url);
    }

    @AfterAll
    static void stop() {
        release.countDown();
        List.of(membership, events, subcommittee, notification).forEach(StandInService::close);
    }

    @Test
    void eachServicesOpenApiIsServedThroughTheGatewayWithTheGatewayAsItsServer() throws Exception {
        HttpResponse<String> response = get("/docs/api/membership/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.at("/info/title").asString()).isEqualTo("councilhub membership-service");
        assertThat(document.at("/paths/~1api~1members/get/operationId").asString()).isEqualTo("search");
        assertThat(document.get("servers")).hasSize(1);
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(JSON.readTree(get("/docs/api/notification/openapi.json").body()).at("/info/title").asString())
                .isEqualTo("councilhub notification-service");
    }

    @Test
    void aServiceThatIsDownGivesA503ProblemNamingIt() throws Exception {
        HttpResponse<String> response = get("/docs/api/finance/openapi.json");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://councilhub.io/problems/service-unavailable");
        assertThat(problem.get("title").asString()).contains("サービスに接続できません");
        assertThat(problem.get("service").asString()).isEqualTo("finance");
        assertThat(problem.get("detail").asString()).contains("finance cannot be fetched: the service is not reachable");
    }

    @Test
    void aServiceThatDoesNotAnswerGivesA503WithinTheTimeLimit() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get("/docs/api/events/openapi.json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("events cannot be fetched: the service did not answer within 1000 ms");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServiceAnsweringWithAnErrorGivesA503Too() throws Exception {
        HttpResponse<String> response = get("/docs/api/subcommittee/openapi.json");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("answered 500");
    }

    @Test
    void anUnknownServiceIsNotFound() throws Exception {
        HttpResponse<String> response = get("/docs/api/payroll/openapi.json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("payroll", "membership");
    }

    @Test
    void theApiPageListsEveryServiceAndLoadsSwaggerUiOverTheirDocuments() throws Exception {
        HttpResponse<String> response = get("/docs/api");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).contains("API 仕様");
        assertThat(page.select("tr[data-service]").eachAttr("data-service"))
                .containsExactly("membership", "finance", "events", "subcommittee", "notification");
        assertThat(page.select("tr[data-service] a").eachAttr("href")).containsExactly(
                "/docs/api/membership/openapi.json", "/docs/api/finance/openapi.json", "/docs/api/events/openapi.json",
                "/docs/api/subcommittee/openapi.json", "/docs/api/notification/openapi.json");
        assertThat(page.select("tr[data-service=membership] td").first().text()).contains("会員");
        JsonNode urls = JSON.readTree(page.getElementById("swagger-ui").attr("data-urls"));
        assertThat(urls).hasSize(5);
        assertThat(urls.get(0).get("url").asString()).isEqualTo("/docs/api/membership/openapi.json");
        for (Element script : page.select("main script[src]")) {
            HttpResponse<String> loaded = get(script.attr("src"));
            assertThat(loaded.statusCode()).as(script.attr("src")).isEqualTo(200);
            assertThat(loaded.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        }
        assertThat(page.select("main script[src]").eachAttr("src")).anyMatch(src -> src.endsWith("/swagger-ui-bundle.js"));
        assertThat(get(page.selectFirst("link[href$=swagger-ui.css]").attr("href")).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "ja").timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
