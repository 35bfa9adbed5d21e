package io.councilhub.gateway.edge;

import io.councilhub.gateway.GatewayTestTokens;
import io.councilhub.gateway.testing.StandInService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty staff members' calls to one service at the same moment all reach it at once: the gateway's route client does
 * not queue them behind a small connection pool (HttpClient 5 allows 5 per service unless told otherwise).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentCallsToOneServiceTest {

    static final int CALLS = 20;
    static final CountDownLatch allArrived = new CountDownLatch(CALLS);
    static final AtomicInteger arrivedTogether = new AtomicInteger();
    static final StandInService membership = StandInService.start().on("/api/members", exchange -> {
        allArrived.countDown();
        try {
            // Answers only once every call is in: with fewer connections than calls, this never happens.
            if (allArrived.await(10, TimeUnit.SECONDS)) {
                arrivedTogether.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StandInService.respond(exchange, 200, "application/json", "{\"items\":[],\"total\":0}");
    });

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("MEMBERSHIP_URL", membership::url);
        GatewayTestTokens.configure(registry);
    }

    @AfterAll
    static void stop() {
        membership.close();
    }

    @Test
    void twentySimultaneousCallsToOneServiceAllReachItAtOnce() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = GatewayTestTokens.secretariat();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/members"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).containsOnly(200).hasSize(CALLS);
        assertThat(arrivedTogether.get()).as("calls that found all %d in the service at once", CALLS).isEqualTo(CALLS);
    }
}
