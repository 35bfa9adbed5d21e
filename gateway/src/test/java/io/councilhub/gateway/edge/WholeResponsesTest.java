package io.councilhub.gateway.edge;

import com.sun.net.httpserver.HttpExchange;
import io.councilhub.gateway.GatewayTestTokens;
import io.councilhub.gateway.testing.RawHttp;
import io.councilhub.gateway.testing.StandInService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway passes a service's answer that fits in 32 KiB on whole, with its length, even when the service sent
 * it in chunks; a larger answer streams through in chunks, and a stream of events goes through event by event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WholeResponsesTest {

    static final String PAGE = "{\"content\":\"" + "市".repeat(6_000) + "\"}";
    static final String LARGE = "{\"content\":\"" + "x".repeat(100 * 1024) + "\"}";
    static final CountDownLatch secondEvent = new CountDownLatch(1);
    static final StandInService membership = StandInService.start()
            .on("/api/members/page", exchange -> sendInTwoChunks(exchange, PAGE))
            .on("/api/members/large", exchange -> sendInTwoChunks(exchange, LARGE))
            .on("/api/members/events", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (secondEvent.await(20, TimeUnit.SECONDS)) {
                        out.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

    @LocalServerPort
    int port;

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
    void aPageTheServiceSentInChunksGoesToTheCallerWholeWithItsLength() {
        RawHttp.Response answer = get("/api/members/page");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Transfer-Encoding")).isNull();
        assertThat(answer.header("Content-Length")).isEqualTo(String.valueOf(PAGE.getBytes(StandardCharsets.UTF_8).length));
        assertThat(answer.body()).isEqualTo(PAGE);
    }

    @Test
    void anAnswerLargerThanTheBufferStreamsThroughInChunksAndArrivesWhole() {
        RawHttp.Response answer = get("/api/members/large");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
        assertThat(answer.body()).isEqualTo(LARGE);
    }

    @Test
    void aStreamOfEventsGoesThroughEventByEvent() throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(10_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.getOutputStream().write(("GET /api/members/events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + GatewayTestTokens.secretariat() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();

            // the service holds the second event until the first has arrived: held back, the first would never come
            String first = RawHttp.readUntil(in, "data: first");
            secondEvent.countDown();
            String rest = RawHttp.readUntil(in, "data: second");

            assertThat(first).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: text/event-stream");
            assertThat(rest).contains("data: second");
        }
    }

    private RawHttp.Response get(String path) {
        return RawHttp.send("127.0.0.1", port, "GET", path, null, "Authorization: Bearer " + GatewayTestTokens.secretariat());
    }

    /** A chunked answer written in two halves, flushed in between, as a service's 8 KiB buffer sends a page. */
    private static void sendInTwoChunks(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }
    }
}
