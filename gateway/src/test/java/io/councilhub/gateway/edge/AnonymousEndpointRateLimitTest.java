package io.councilhub.gateway.edge;

import io.councilhub.gateway.GatewayTestTokens;
import io.councilhub.gateway.testing.RawHttp;
import io.councilhub.gateway.testing.StandInService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous endpoints (newsletter signup and its links, public meeting registration and its cancellation link)
 * allow each client address a burst and then a few requests a minute; beyond that the gateway answers 429 with
 * Retry-After and the service is never called. Each test is a different client address (127.0.0.x).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "councilhub.gateway.rate-limits.anonymous.permits-per-minute=1",
        "councilhub.gateway.rate-limits.anonymous.burst=3",
        "councilhub.gateway.rate-limits.archive.permits-per-minute=1",
        "councilhub.gateway.rate-limits.archive.burst=2"})
class AnonymousEndpointRateLimitTest {

    static final StandInService service = StandInService.start();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] SIGNUP = "{\"email\":\"taro@example.jp\",\"list\":\"newsletter\"}".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("NOTIFICATION_URL", service::url);
        registry.add("EVENTS_URL", service::url);
        GatewayTestTokens.configure(registry);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aSignupFloodFromOneAddressIsToldToRetryLaterAndTheServiceSeesOnlyTheBurst() {
        int before = service.calls();
        for (int i = 0; i < 3; i++) {
            assertThat(signup("127.0.0.2").status()).as("request %d of the burst", i + 1).isEqualTo(200);
        }
        RawHttp.Response refused = signup("127.0.0.2");
        RawHttp.Response again = signup("127.0.0.2");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("type").asString()).isEqualTo("https://councilhub.io/problems/too-many-requests");
        assertThat(problem.get("title").asString()).contains("リクエストが多すぎます");
        assertThat(problem.get("detail").asString()).contains("/api/public/subscriptions");
        assertThat(again.status()).isEqualTo(429);
        assertThat(service.calls() - before).as("requests that reached notification-service").isEqualTo(3);
    }

    @Test
    void anotherAddressKeepsItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            signup("127.0.0.3");
        }
        assertThat(signup("127.0.0.3").status()).isEqualTo(429);

        assertThat(signup("127.0.0.4").status()).isEqualTo(200);
    }

    @Test
    void registeringForAMeetingAndTheCancellationLinkShareTheAnonymousAllowance() {
        int before = service.calls();
        assertThat(RawHttp.send("127.0.0.5", port, "POST", "/api/meetings/m-2022-seminar/registrations",
                "{\"name\":\"千葉 太郎\",\"email\":\"taro@example.jp\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json").status()).isEqualTo(200);
        assertThat(RawHttp.send("127.0.0.5", port, "GET", "/api/registrations/cancellation?token=t1", null).status())
                .isEqualTo(200);
        assertThat(RawHttp.send("127.0.0.5", port, "POST", "/api/registrations/cancellation?token=t1", new byte[0])
                .status()).isEqualTo(200);

        RawHttp.Response refused = RawHttp.send("127.0.0.5", port, "POST", "/api/meetings/m-2022-seminar/registrations",
                "{}".getBytes(StandardCharsets.UTF_8), "Content-Type: application/json");
        RawHttp.Response unsubscribe = RawHttp.send("127.0.0.5", port, "POST", "/api/public/subscriptions/unsubscribe?token=u",
                "List-Unsubscribe=One-Click".getBytes(StandardCharsets.UTF_8), "Content-Type: application/x-www-form-urlencoded");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(unsubscribe.status()).isEqualTo(429);
        assertThat(service.calls() - before).isEqualTo(3);
    }

    @Test
    void staffReadingAMeetingsRegistrationsIsNotLimited() {
        for (int i = 0; i < 6; i++) {
            assertThat(RawHttp.send("127.0.0.6", port, "GET", "/api/meetings/m-2022-seminar/registrations", null,
                    "Authorization: Bearer " + GatewayTestTokens.secretariat()).status()).as("read %d", i + 1).isEqualTo(200);
        }
    }

    @Test
    void aSignedInUserRegisteringColleaguesIsNotCountedAgainstTheAnonymousAllowance() {
        int before = service.calls();
        for (int i = 0; i < 6; i++) {
            assertThat(RawHttp.send("127.0.0.8", port, "POST", "/api/meetings/m-2022-seminar/registrations",
                    "{\"name\":\"千葉 太郎\",\"email\":\"taro%d@example.jp\"}".formatted(i).getBytes(StandardCharsets.UTF_8),
                    "Content-Type: application/json", "Authorization: Bearer " + GatewayTestTokens.member("m-1")).status())
                    .as("registration %d", i + 1).isEqualTo(200);
        }
        assertThat(service.calls() - before).isEqualTo(6);
        assertThat(RawHttp.send("127.0.0.8", port, "POST", "/api/meetings/m-2022-seminar/registrations",
                "{}".getBytes(StandardCharsets.UTF_8), "Content-Type: application/json", "Authorization: Bearer forged")
                .status()).as("a forged token does not get past the gateway either").isEqualTo(401);
        assertThat(service.calls() - before).isEqualTo(6);
    }

    @Test
    void theNewsletterArchiveHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            signup("127.0.0.7");
        }
        assertThat(signup("127.0.0.7").status()).isEqualTo(429);

        assertThat(archive("127.0.0.7").status()).isEqualTo(200);
        assertThat(archive("127.0.0.7").status()).isEqualTo(200);
        assertThat(archive("127.0.0.7").status()).isEqualTo(429);
    }

    private RawHttp.Response signup(String address) {
        return RawHttp.send(address, port, "POST", "/api/public/subscriptions", SIGNUP, "Content-Type: application/json");
    }

    private RawHttp.Response archive(String address) {
        return RawHttp.send(address, port, "GET", "/api/public/newsletters/mezase-it/issues", null);
    }
}
