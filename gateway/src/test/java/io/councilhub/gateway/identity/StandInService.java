package io.councilhub.gateway.identity;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/** A real HTTP server standing in for every service: answers 200 and remembers what the last request carried. */
final class StandInService {

    record Seen(String method, String path, String authorization, String cookie) {
    }

    private final HttpServer server;
    private final AtomicReference<Seen> last = new AtomicReference<>();

    StandInService() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/", exchange -> {
            last.set(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Cookie")));
            byte[] body = "{\"items\":[],\"total\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** What the last request that reached the service carried; null when none did since {@link #forget()}. */
    Seen last() {
        return last.get();
    }

    void forget() {
        last.set(null);
    }
}
