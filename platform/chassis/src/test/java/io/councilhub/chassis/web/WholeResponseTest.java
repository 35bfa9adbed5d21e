package io.councilhub.chassis.web;

import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.sample.SampleController;
import io.councilhub.chassis.test.CouncilInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
            String head = head(in);
            byte[] body = body(in, head);

            assertThat(head).startsWith("http/1.1 200").doesNotContain("transfer-encoding");
            assertThat(head).contains("content-length: " + body.length + "\n");
            assertThat(body.length).isEqualTo("{\"text\":\"\"}".length() + 20 * 1024);
        }
    }

    @Test
    void anAnswerLargerThanTheBufferStreamsInChunksAndArrivesWhole() throws IOException {
        try (Socket socket = get("/api/public/sized/100")) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String head = head(in);
            byte[] body = body(in, head);

            assertThat(head).startsWith("http/1.1 200").contains("transfer-encoding: chunked\n");
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"" + "x".repeat(100 * 1024) + "\"}");
        }
    }

    @Test
    void aStreamOfEventsGoesOutEventByEvent() throws IOException {
        try (Socket socket = get("/api/public/ticks")) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String head = head(in);
            assertThat(head).startsWith("http/1.1 200").contains("content-type: text/event-stream");

            // the service holds the second event until the first has arrived: held back, the first would never come
            String first = readUntil(in, "data: first");
            SampleController.SECOND_TICK.countDown();
            String rest = readUntil(in, "data: second");

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

    /** The head, in lower case, one header a line. */
    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        String line;
        while (!(line = line(in)).isEmpty()) {
            head.append(line.toLowerCase(Locale.ROOT)).append('\n');
        }
        return head.toString();
    }

    private static byte[] body(InputStream in, String head) throws IOException {
        int length = head.indexOf("\ncontent-length:");
        if (length >= 0) {
            int end = head.indexOf("\n", length + 1);
            return in.readNBytes(Integer.parseInt(head.substring(length + "\ncontent-length:".length(), end).trim()));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int size;
        while ((size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    /** What arrives up to and including {@code text}; a read times out after 10 s if it does not come. */
    private static String readUntil(InputStream in, String text) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).contains(text)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
