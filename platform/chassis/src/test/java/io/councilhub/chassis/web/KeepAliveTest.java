package io.councilhub.chassis.web;

import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service keeps a caller's connection open for thousands of calls (the gateway calls it over a few pooled
 * keep-alive connections), where Tomcat on its own closes it after 100: a new connection for one call in a hundred.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=sample", "sample.consumer.enabled=false", "councilhub.web.max-request-body=2KB"})
@CouncilInfrastructure
class KeepAliveTest {

    @LocalServerPort
    int port;

    @Test
    void oneConnectionCarriesThousandsOfCalls() throws IOException {
        byte[] request = ("GET /api/enrolments/no-such-id HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.secretariat() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        List<String> heads = new ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(20_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (heads.size() < 250) {
                out.write(request);
                out.flush();
                String head = readAnswer(in);
                heads.add(head);
                if (head.contains("\nconnection: close")) {
                    break;
                }
            }
        }

        assertThat(heads).hasSize(250).allSatisfy(head -> {
            assertThat(head).startsWith("http/1.1 404");
            assertThat(head).doesNotContain("\nconnection: close");
        });
    }

    /** Reads one answer and returns its head in lower case; the body (Content-Length or chunked) is skipped. */
    private static String readAnswer(InputStream in) throws IOException {
        String head = RawAnswers.head(in);
        RawAnswers.body(in, head);
        return head;
    }
}
