package io.councilhub.gateway.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for one service in gateway tests: it answers recorded JSON (shaped like
 * the service's API) per {@code METHOD path} or {@code METHOD path?query}, records every request it gets,
 * and answers 404 problem+json to anything else. {@link #hang(String)} makes a path never answer (to
 * prove a time limit); {@link #downUrl()} is an address where nothing listens.
 */
public final class ServiceStandIn implements AutoCloseable {

    /** A request as the stand-in saw it. */
    public record Seen(String method, String pathAndQuery, String authorization, String contentType, String body) {
    }

    private record Answer(int status, String contentType, byte[] body) {
    }

    private record Conditional(String request, String bodyContains, Answer answer) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Conditional> conditionals = new CopyOnWriteArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private ServiceStandIn(HttpServer server) {
        this.server = server;
    }

    public static ServiceStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            ServiceStandIn standIn = new ServiceStandIn(server);
            server.createContext("/", standIn::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base URL on which nothing listens: a service that is down. */
    public static String downUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://localhost:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers {@code METHOD path[?query]} with JSON (status 200 for GET, as given otherwise). */
    public ServiceStandIn json(String request, String json) {
        return answer(request, 200, "application/json", json);
    }

    /** Answers with the JSON of a test resource under {@code standins/}. */
    public ServiceStandIn resource(String request, String resource) {
        return json(request, read("standins/" + resource));
    }

    public ServiceStandIn answer(String request, int status, String contentType, String body) {
        answers.put(request, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Answers {@code METHOD path[?query]} this way only when the request body contains {@code bodyContains}. */
    public ServiceStandIn answerWhen(String request, String bodyContains, int status, String contentType, String body) {
        conditionals.add(new Conditional(request, bodyContains,
                new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8))));
        return this;
    }

    /** A problem+json answer naming one field, as the services' ProblemDetailsAdvice writes it. */
    public ServiceStandIn problem(String request, int status, String field, String message) {
        return answer(request, status, "application/problem+json", problemJson(status, field, message));
    }

    public static String problemJson(int status, String field, String message) {
        return ("""
                {"type":"about:blank","title":"入力内容に誤りがあります (Invalid input)","status":%d,"detail":"%s: %s",
                 "errors":[{"field":"%s","message":"%s"}]}""").formatted(status, field, message, field, message);
    }

    /** Makes the request hang until the stand-in is closed (a service too slow to wait for). */
    public ServiceStandIn hang(String request) {
        answers.put(request, new Answer(-1, null, null));
        return this;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public List<Seen> seen(String method, String pathPrefix) {
        return seen.stream().filter(s -> s.method().equals(method) && s.pathAndQuery().startsWith(pathPrefix)).toList();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = exchange.getRequestURI().getPath() + (exchange.getRequestURI().getQuery() == null ? ""
                : "?" + exchange.getRequestURI().getQuery());
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        seen.add(new Seen(method, pathAndQuery, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), new String(requestBody, StandardCharsets.UTF_8)));
        String text = new String(requestBody, StandardCharsets.UTF_8);
        Answer answer = conditionals.stream()
                .filter(c -> (c.request().equals(method + " " + pathAndQuery) || c.request().equals(method + " " + exchange.getRequestURI().getPath()))
                        && text.contains(c.bodyContains()))
                .map(Conditional::answer).findFirst().orElse(null);
        if (answer == null && query != null) {
            answer = answers.get(method + " " + pathAndQuery);
            if (answer == null) {
                answer = answers.get(method + " " + path + "?" + query);
            }
        }
        if (answer == null) {
            answer = answers.get(method + " " + exchange.getRequestURI().getPath());
        }
        if (answer == null) {
            answer = new Answer(404, "application/problem+json",
                    ("{\"title\":\"見つかりません (Not found)\",\"status\":404,\"detail\":\"no stand-in answer for "
                            + method + " " + pathAndQuery + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        if (answer.status() == -1) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (answer.body().length == 0) {
            exchange.sendResponseHeaders(answer.status(), -1);
        } else {
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
        exchange.close();
    }

    private static String read(String resource) {
        try (InputStream in = ServiceStandIn.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
