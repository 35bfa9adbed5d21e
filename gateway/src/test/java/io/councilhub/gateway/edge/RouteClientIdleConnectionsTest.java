package io.councilhub.gateway.edge;

import io.councilhub.gateway.GatewayTestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The route client closes a pooled connection that has been idle for a while, in the background, before it would be
 * due for HttpClient's stale check: that check waits a millisecond on a read from every healthy connection idle for
 * two seconds, and after a pause in traffic every call that needs a second connection paid it. A connection in use
 * stays open, and a call after an idle close goes on a new connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteClientIdleConnectionsTest {

    static final KeepAliveService membership = new KeepAliveService();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTestTokens.configure(registry);
        registry.add("MEMBERSHIP_URL", membership::url);
    }

    @AfterAll
    static void stop() throws IOException {
        membership.close();
    }

    @BeforeEach
    void noConnectionLeftFromAnotherTest() {
        await().atMost(Duration.ofSeconds(5)).until(membership::allClosed);
        membership.forget();
    }

    @Test
    void callsInARowShareOneConnection() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(get().statusCode()).isEqualTo(200);
        }

        assertThat(membership.connections).hasSize(1);
        assertThat(membership.connections.get(0).requests).isEqualTo(20);
    }

    @Test
    void anIdleConnectionIsClosedByTheGatewayBeforeItWouldNeedAStaleCheck() throws Exception {
        assertThat(get().statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(4)).until(membership::allClosed);

        Connection connection = membership.connections.get(0);
        long idleMillis = (connection.closedAt - connection.lastAnsweredAt) / 1_000_000;
        assertThat(idleMillis).isGreaterThanOrEqualTo(RouteClientConfiguration.CLOSED_AFTER_IDLE.toMilliseconds())
                .isLessThan(RouteClientConfiguration.CHECKED_AFTER_IDLE.toMilliseconds());
    }

    @Test
    void aCallAfterAnIdleCloseGoesOnANewConnection() throws Exception {
        assertThat(get().statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(4)).until(membership::allClosed);

        HttpResponse<String> again = get();

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"connection\":2}");
        assertThat(membership.connections).hasSize(2);
    }

    private HttpResponse<String> get() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/members/idle"))
                .header("Authorization", "Bearer " + GatewayTestTokens.secretariat()).timeout(Duration.ofSeconds(20))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One connection to the stand-in: how many requests it carried, when it last answered and when it closed. */
    static final class Connection {
        final int number;
        volatile int requests;
        volatile long lastAnsweredAt;
        volatile long closedAt;

        Connection(int number) {
            this.number = number;
        }
    }

    /**
     * An HTTP/1.1 service that keeps every connection open until the caller closes it (as a service's Tomcat does for
     * a minute), answers each request with the number of the connection it came on, and records when the caller
     * closed each connection.
     */
    static final class KeepAliveService implements AutoCloseable {

        final List<Connection> connections = new CopyOnWriteArrayList<>();
        private final List<Connection> open = new CopyOnWriteArrayList<>();
        private final ServerSocket server;
        private final AtomicInteger accepted = new AtomicInteger();

        KeepAliveService() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            daemon(this::accept);
        }

        String url() {
            return "http://localhost:" + server.getLocalPort();
        }

        /** Forgets the connections seen so far: the next one is number 1. */
        void forget() {
            connections.clear();
            accepted.set(0);
        }

        boolean allClosed() {
            return open.isEmpty();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Connection connection = new Connection(accepted.incrementAndGet());
                    connections.add(connection);
                    open.add(connection);
                    daemon(() -> serve(socket, connection));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket socket, Connection connection) {
            try (socket) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream();
                while (readRequest(in)) {
                    connection.requests++;
                    byte[] body = ("{\"connection\":" + connection.number + "}").getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                    connection.lastAnsweredAt = System.nanoTime();
                }
            } catch (IOException reset) {
                // the caller went away: closed all the same
            } finally {
                connection.closedAt = System.nanoTime();
                open.remove(connection);
            }
        }

        /** Reads one request, its body included; false when the caller closed the connection. */
        private static boolean readRequest(BufferedReader in) throws IOException {
            long length = 0;
            boolean chunked = false;
            String line = in.readLine();
            if (line == null) {
                return false;
            }
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                String header = line.toLowerCase(java.util.Locale.ROOT);
                if (header.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).strip());
                }
                chunked |= header.startsWith("transfer-encoding:") && header.contains("chunked");
            }
            if (chunked) {
                long size;
                while ((size = Long.parseLong(in.readLine().strip(), 16)) > 0) {
                    in.skip(size + 2);
                }
                in.readLine();
            } else {
                in.skip(length);
            }
            return line != null;
        }

        private static void daemon(Runnable task) {
            Thread thread = new Thread(task, "keep-alive-service");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
