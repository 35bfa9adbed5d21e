package io.councilhub.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The load generator in a process of its own sends the loop it is told to, with the token, and reports every request. */
class LoadProcessTest {

    @ParameterizedTest
    @ValueSource(strings = {"raw", "jdk"})
    void aLoopRunInTheLoadGeneratorProcessComesBackWithEveryRequestsLatency(String client, @TempDir Path folder) throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/members", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (exchange.getRequestURI().getPath().endsWith("/missing") ? "{}" : "{\"items\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/chunked", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(200, 0); // no length: the body goes in chunks
            for (int part = 0; part < 3; part++) {
                exchange.getResponseBody().write("{\"part\":%d}".formatted(part).getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
            }
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (LoadProcess load = LoadProcess.start("token-123", client, "-Xmx64m -XX:+UseSerialGC", folder.resolve("load.log"))) {
            OpenLoop.Result answered = load.run("direct", base.resolve("/api/members?page=0"), 50, 2);
            OpenLoop.Result refused = load.run("gateway", base.resolve("/api/members/missing"), 20, 1);
            OpenLoop.Result chunked = load.run("chunked", base.resolve("/api/chunked"), 20, 1);

            assertThat(answered.latencies()).hasSize(100);
            assertThat(java.util.Arrays.stream(answered.latencies()).min().orElseThrow()).isPositive();
            assertThat(answered.ok()).isEqualTo(100);
            assertThat(answered.errors()).isZero();
            assertThat(answered.achievedPerSecond()).isBetween(40.0, 60.0);
            assertThat(answered.startWallMillis()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
            assertThat(refused.ok()).isZero();
            assertThat(refused.errors()).isEqualTo(20);
            assertThat(chunked.ok()).isEqualTo(20);
            assertThat(authorizations).hasSize(140).containsOnly("Bearer token-123");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theProcessIsNamedForTheCpuAccount() throws Exception {
        try (LoadProcess load = LoadProcess.start("token-123", "raw", "-Xmx64m", Path.of(System.getProperty("java.io.tmpdir"), "load-name.log"))) {
            assertThat(ProcessCpu.snapshot().coresSince(ProcessCpu.snapshot())).containsKey(LoadProcess.NAME);
        }
    }
}
