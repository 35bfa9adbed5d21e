package io.councilhub.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server standing in for a service behind the gateway: it counts the requests that reach it, reads each
 * body to the end and answers {@code {"receivedBytes":n}}, unless a path has its own handler.
 */
public final class StandInService implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong lastBodyBytes = new AtomicLong(-1);
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

    private StandInService() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static StandInService start() {
        return new StandInService();
    }

    /** Answers {@code path} (exactly, without the query) with {@code handler} instead of the counting default. */
    public StandInService on(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** How many requests reached this service (handled by the default handler). */
    public int calls() {
        return calls.get();
    }

    /** The length of the last body the default handler read, or -1. */
    public long lastBodyBytes() {
        return lastBodyBytes.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        HttpHandler handler = handlers.get(exchange.getRequestURI().getPath());
        if (handler != null) {
            handler.handle(exchange);
            return;
        }
        calls.incrementAndGet();
        long read = 0;
        try (InputStream body = exchange.getRequestBody()) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = body.read(buffer)) != -1) {
                read += n;
            }
        }
        lastBodyBytes.set(read);
        respond(exchange, 200, "application/json", "{\"receivedBytes\":" + read + "}");
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
