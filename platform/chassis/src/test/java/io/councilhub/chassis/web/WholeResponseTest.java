package io.councilhub.chassis.web;

import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.sample.SampleController;
import io.councilhub.chassis.test.CouncilInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service sends an answer that fits in 32 KiB whole, with its length, although Spring flushes after writing it;
 * a larger one still streams in chunks, and a stream of events still goes out event by event.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=sample", "sample.consumer.enabled=false"})
@CouncilInfrastructure
class WholeResponseTest {

    @LocalServerPort
    int port;

    @Test
    void anAnswerOf20KiBGoesWholeWithItsLength() throws IOException {
        try (Socket socket = get("/api/public/sized/20")) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String head = RawAnswers.head(in);
            byte[] body = RawAnswers.body(in, head);

            assertThat(head).startsWith("http/1.1 200").doesNotContain("transfer-encoding");
            assertThat(head).contains("content-length: " + body.length + "\n");
            assertThat(body.length).isEqualTo("{\"text\":\"\"}".length() + 20 * 1024);
        }
    }

    @Test
    void anAnswerLargerThanTheBufferStreamsInChunksAndArrivesWhole() throws IOException {
        try (Socket socket = get("/api/public/sized/100")) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String head = RawAnswers.head(in);
            byte[] body = RawAnswers.body(in, head);

            assertThat(head).startsWith("http/1.1 200").contains("transfer-encoding: chunked\n");
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"" + "x".repeat(100 * 1024) + "\"}");
        }
    }

    @Test
    void aStreamOfEventsGoesOutEventByEvent() throws IOException {
        try (Socket socket = get("/api/public/ticks")) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String head = RawAnswers.head(in);
            assertThat(head).startsWith("http/1.1 200").contains("content-type: text/event-stream");

            // the service holds the second event until the first has arrived: held back, the first would never come
            String first = RawAnswers.readUntil(in, "data: first");
            SampleController.SECOND_TICK.countDown();
            String rest = RawAnswers.readUntil(in, "data: second");

            assertThat(first).contains("data: first");
            assertThat(rest).contains("data: second");
        }
    }

    private Socket get(String path) throws IOException {
        Socket socket = new Socket();
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }
}
