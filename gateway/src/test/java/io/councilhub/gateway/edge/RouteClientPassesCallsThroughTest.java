package io.councilhub.gateway.edge;

import io.councilhub.gateway.GatewayTestTokens;
import io.councilhub.gateway.testing.RawHttp;
import io.councilhub.gateway.testing.StandInService;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's client to the services is a proxy's: what one caller's call brought back never rides along on
 * another's, a redirect goes back to the caller, a compressed body passes as the service sent it, a failed POST is
 * not sent again, a routed call is timed once, as the gateway's own request, and a caller's connection stays open
 * for thousands of calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteClientPassesCallsThroughTest {

    static final List<String> cookiesSeen = new CopyOnWriteArrayList<>();
    static final Map<String, List<String>> headersSeen = new ConcurrentHashMap<>();
    static final AtomicInteger posts = new AtomicInteger();
    static final StandInService membership = StandInService.start()
            .on("/api/members/cookie", exchange -> {
                cookiesSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
                exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=service-session-of-the-first-caller; Path=/");
                StandInService.respond(exchange, 200, "application/json", "{}");
            })
            .on("/api/members/moved", exchange -> {
                exchange.getResponseHeaders().add("Location", "/api/members/elsewhere");
                StandInService.respond(exchange, 303, "application/json", "");
            })
            .on("/api/members/zipped", exchange -> {
                byte[] zipped = gzip("{\"name\":\"市川市\"}");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                exchange.sendResponseHeaders(200, zipped.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(zipped);
                }
            })
            .on("/api/members/headers", exchange -> {
                headersSeen.putAll(exchange.getRequestHeaders());
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"service\"");
                exchange.getResponseHeaders().add("X-Application-Context", "membership:8081");
                exchange.getResponseHeaders().add("Trailer", "Expires");
                exchange.getResponseHeaders().add("X-Service-Note", "kept");
                StandInService.respond(exchange, 200, "application/json", "{}");
            })
            .on("/api/members/timed", exchange -> StandInService.respond(exchange, 200, "application/json", "{}"))
            .on("/api/members/dropped", exchange -> {
                posts.incrementAndGet();
                exchange.close();
            });

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTestTokens.configure(registry);
        registry.add("MEMBERSHIP_URL", membership::url);
    }

    @AfterAll
    static void stop() {
        membership.close();
    }

    @Test
    void aCookieAServiceSetForOneCallerNeverRidesAlongOnTheNextCall() throws Exception {
        send("GET", "/api/members/cookie", GatewayTestTokens.secretariat());
        send("GET", "/api/members/cookie", GatewayTestTokens.member("m-kozaki"));

        assertThat(cookiesSeen).containsExactly("null", "null");
    }

    @Test
    void aRedirectGoesBackToTheCaller() throws Exception {
        HttpResponse<String> response = send("GET", "/api/members/moved", GatewayTestTokens.secretariat());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/members/elsewhere");
    }

    @Test
    void aCompressedBodyPassesAsTheServiceSentIt() throws Exception {
        HttpResponse<byte[]> response = http.send(request("GET", "/api/members/zipped", GatewayTestTokens.secretariat())
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body()).isEqualTo(gzip("{\"name\":\"市川市\"}"));
    }

    @Test
    void aServiceSeesNeitherTheCallersConnectionHeadersNorItsClaimsAboutWhereItCameFrom() throws Exception {
        HttpResponse<String> response = http.send(request("GET", "/api/members/headers", GatewayTestTokens.secretariat())
                .header("TE", "trailers").header("Keep-Alive", "timeout=5").header("Proxy-Authorization", "Basic c3B5")
                .header("Forwarded", "for=203.0.113.9;proto=https").header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "evil.example").header("x-forwarded-proto", "https")
                .header("X-Request-Note", "kept").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(headersSeen).doesNotContainKeys("Te", "Keep-alive", "Proxy-authorization", "Forwarded",
                "X-forwarded-for", "X-forwarded-host", "X-forwarded-proto");
        assertThat(headersSeen).containsEntry("X-request-note", List.of("kept"));
        assertThat(headersSeen.get("Content-type")).singleElement().asString().startsWith("application/json");
        assertThat(headersSeen.get("Authorization")).singleElement().asString().startsWith("Bearer ");
    }

    @Test
    void theCallerSeesWhatTheServiceAnsweredButNotItsConnectionHeaders() throws Exception {
        HttpResponse<String> response = send("GET", "/api/members/headers", GatewayTestTokens.secretariat());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Service-Note")).hasValue("kept");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().map().keySet()).map(name -> name.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("proxy-authenticate", "x-application-context", "trailer");
    }

    @Test
    void aRoutedCallIsTimedOnceAsTheGatewaysRequestAndNotAgainAsAClientCall() throws Exception {
        HttpResponse<String> response = send("GET", "/api/members/timed", GatewayTestTokens.secretariat());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(meters.find("http.server.requests").tag("status", "200").timers())
                .anySatisfy(timer -> assertThat(timer.count()).isPositive());
        assertThat(meters.find("http.client.requests").timers()).isEmpty();
    }

    @Test
    void aPostWhoseConnectionDropsIsNotSentAgain() throws Exception {
        HttpResponse<String> response = send("POST", "/api/members/dropped", GatewayTestTokens.secretariat());

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(posts).hasValue(1);
    }

    @Test
    void aCallerKeepsItsConnectionForThousandsOfCalls() {
        // Tomcat's default closes a connection after 100 calls: a new connection for one call in a hundred
        List<RawHttp.Response> answers = RawHttp.getRepeatedly(port, "/api/members/timed", 250,
                "Authorization: Bearer " + GatewayTestTokens.secretariat());

        assertThat(answers).hasSize(250).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Connection")).isNotEqualToIgnoringCase("close");
        });
    }

    private HttpResponse<String> send(String method, String path, String token) throws IOException, InterruptedException {
        return http.send(request(method, path, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
    }

    private static byte[] gzip(String text) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
