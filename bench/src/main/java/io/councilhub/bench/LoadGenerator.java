package io.councilhub.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The gateway benchmark's load generator as a process of its own, so that the clock that times the requests does not
 * share a JVM (its collections, its JIT compilations, its safepoints) with the broker and the store the services use.
 * Reads one command per line on stdin, {@code <path> <uri> <rate> <seconds>}, runs the {@link OpenLoop} with the
 * path's client (one per path for the process's life: {@link RawHttpLoop}, or the JDK's client with
 * {@code -Dcouncilhub.bench.loadClient=jdk}), and answers two lines on stdout:
 * {@code result <ok> <errors> <maxInFlight> <activeNanos> <startWallMillis>} and the latencies in nanoseconds,
 * separated by commas. The bearer token comes from the environment ({@code BENCH_LOAD_TOKEN}). Ends at end of input.
 */
public final class LoadGenerator {

    static final String TOKEN = "BENCH_LOAD_TOKEN";
    /** {@code raw} (default): {@link RawHttpLoop}, one blocking socket per sending thread; {@code jdk}: the JDK client. */
    static final String CLIENT = "councilhub.bench.loadClient";

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String token = System.getenv(TOKEN);
        if (token == null || token.isBlank()) {
            System.err.println("load generator: no bearer token in " + TOKEN);
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        boolean raw = !"jdk".equals(System.getProperty(CLIENT, "raw"));
        Map<String, HttpClient> clients = new HashMap<>();
        Map<String, RawHttpLoop> loops = new HashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("ready");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] command = line.strip().split(" ");
            if (command.length != 4) {
                System.err.println("load generator: expected '<path> <uri> <rate> <seconds>', got: " + line);
                System.exit(2);
            }
            int rate = Integer.parseInt(command[2]);
            int seconds = Integer.parseInt(command[3]);
            URI uri = URI.create(command[1]);
            OpenLoop.Result result = raw
                    ? loops.computeIfAbsent(command[0] + " " + uri, any -> new RawHttpLoop(uri, token)).run(rate, seconds)
                    : OpenLoop.run(clients.computeIfAbsent(command[0], OpenLoop::client), request(uri, token), rate, seconds);
            StringBuilder latencies = new StringBuilder(result.latencies().length * 8);
            for (long latency : result.latencies()) {
                latencies.append(latencies.isEmpty() ? "" : ",").append(latency);
            }
            out.println("result %d %d %d %d %d".formatted(result.ok(), result.errors(), result.maxInFlight(),
                    result.activeNanos(), result.startWallMillis()));
            out.println(latencies);
            out.flush();
        }
    }

    static HttpRequest request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
    }
}
