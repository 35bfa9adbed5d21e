package io.councilhub.gateway.dashboard.panel;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.DefaultUriBuilderFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Calls one service for a dashboard page, as the signed-in user ({@code Authorization: Bearer} from
 * {@code ServiceTokens.currentUserToken()}), through the service's circuit breaker and time limiter.
 * Reads answer a {@link Panel} (data, or a notice when the service is down, slow, failing or its
 * circuit open); commands answer a {@link Submission} (accepted, refused with field errors, or
 * undelivered). Paths are URI templates expanded and encoded with the given variables:
 * {@code get(Map.class, "/api/members?q={q}", query)}. Take clients from {@link ServicePanels} on the
 * request's thread (they carry the user's token); a client may then be used from any thread. A 4xx is the service's answer, not its failure:
 * it never opens the circuit.
 */
public final class ServiceClient {

    private static final Logger log = LoggerFactory.getLogger(ServiceClient.class);

    private final Service service;
    private final DefaultUriBuilderFactory uris;
    private final HttpClient http;
    private final JsonMapper json;
    private final CircuitBreaker circuitBreaker;
    private final TimeLimiter timeLimiter;
    private final ScheduledExecutorService scheduler;
    private final String token;
    private final Locale locale;

    ServiceClient(Service service, String baseUrl, HttpClient http, JsonMapper json, CircuitBreaker circuitBreaker,
                  TimeLimiter timeLimiter, ScheduledExecutorService scheduler) {
        this(service, new DefaultUriBuilderFactory(baseUrl), http, json, circuitBreaker, timeLimiter, scheduler, null,
                Locale.JAPANESE);
    }

    private ServiceClient(Service service, DefaultUriBuilderFactory uris, HttpClient http, JsonMapper json,
                          CircuitBreaker circuitBreaker, TimeLimiter timeLimiter, ScheduledExecutorService scheduler,
                          String token, Locale locale) {
        this.service = service;
        this.uris = uris;
        this.http = http;
        this.json = json;
        this.circuitBreaker = circuitBreaker;
        this.timeLimiter = timeLimiter;
        this.scheduler = scheduler;
        this.token = token;
        this.locale = locale;
    }

    /**
     * This client acting for one user: the token and locale are taken on the request's thread, so that
     * calls chained on another thread (an answer's callback) still go as that user.
     */
    ServiceClient actingAs(String token, Locale locale) {
        return new ServiceClient(service, uris, http, json, circuitBreaker, timeLimiter, scheduler, token, locale);
    }

    public Service service() {
        return service;
    }

    /** Reads JSON into {@code type} (a record, {@code Map.class}, {@code JsonNode.class} ...), waiting for the answer. */
    public <T> Panel<T> get(Class<T> type, String path, Object... variables) {
        return fetch(type, path, variables).join();
    }

    public <T> Panel<T> get(TypeReference<T> type, String path, Object... variables) {
        return fetch(type, path, variables).join();
    }

    /** Starts the read and returns at once, so that a page's panels call their services at the same time. */
    public <T> CompletableFuture<Panel<T>> fetch(Class<T> type, String path, Object... variables) {
        return fetch(json.constructType(type), path, variables);
    }

    public <T> CompletableFuture<Panel<T>> fetch(TypeReference<T> type, String path, Object... variables) {
        return fetch(json.getTypeFactory().constructType(type), path, variables);
    }

    /** Sends a command with a JSON body ({@code null} for none); {@code method} is POST, PUT or DELETE. */
    public Submission send(String method, String path, Object body, Object... variables) {
        byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
        return submit(method, path, "application/json", bytes, variables);
    }

    public Submission post(String path, Object body, Object... variables) {
        return send("POST", path, body, variables);
    }

    /** Sends a file as the raw request body (a CSV or XLSX import) with its media type. */
    public Submission upload(String path, String contentType, byte[] content, Object... variables) {
        return submit("POST", path, contentType, content, variables);
    }

    private <T> CompletableFuture<Panel<T>> fetch(JavaType type, String path, Object... variables) {
        HttpRequest request = request("GET", path, null, null, variables);
        return call(request).handle((reply, failure) -> {
            if (failure != null) {
                return Panel.<T>unavailable(service);
            }
            if (reply.statusCode() >= 400) {
                return Panel.<T>answered(service, reply.statusCode(), problemDetail(reply.body()));
            }
            try {
                T data = json.readValue(reply.body(), type);
                return Panel.of(service, data);
            } catch (JacksonException unreadable) {
                log.warn("{} answered {} with JSON the dashboard cannot read: {}", service.key(), request.uri().getPath(),
                        unreadable.getOriginalMessage());
                return Panel.<T>unavailable(service);
            }
        });
    }

    private Submission submit(String method, String path, String contentType, byte[] body, Object... variables) {
        HttpRequest request = request(method, path, contentType, body, variables);
        try {
            HttpResponse<byte[]> reply = call(request).join();
            JsonNode answer = readTree(reply.body());
            if (reply.statusCode() < 400) {
                return new Submission(service, reply.statusCode(), answer, Map.of(), null);
            }
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            if (answer != null && answer.path("errors").isArray()) {
                for (JsonNode error : answer.path("errors")) {
                    String field = error.path("field").asString("");
                    if (!field.isEmpty()) {
                        fieldErrors.merge(field, error.path("message").asString(""), (a, b) -> a + " / " + b);
                    }
                }
            }
            return new Submission(service, reply.statusCode(), answer, fieldErrors, problemDetail(reply.body()));
        } catch (CompletionException unavailable) {
            return Submission.unavailable(service);
        }
    }

    private HttpRequest request(String method, String path, String contentType, byte[] body, Object... variables) {
        URI uri = uris.expand(path, variables);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeLimiter.getTimeLimiterConfig().getTimeoutDuration().plus(Duration.ofSeconds(1)))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", locale.toLanguageTag());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return builder.build();
    }

    /** The HTTP exchange behind the time limiter and the circuit breaker; a 5xx counts as a failure. */
    private CompletableFuture<HttpResponse<byte[]>> call(HttpRequest request) {
        Supplier<CompletionStage<HttpResponse<byte[]>>> exchange = () -> http
                .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(reply -> {
                    if (reply.statusCode() >= 500) {
                        throw new ServiceFailedException(service, reply.statusCode());
                    }
                    return reply;
                });
        Supplier<CompletionStage<HttpResponse<byte[]>>> limited = () -> timeLimiter.executeCompletionStage(scheduler, exchange);
        CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
        try {
            circuitBreaker.executeCompletionStage(limited).whenComplete((reply, failure) -> {
                if (failure != null) {
                    log.warn("{} unavailable for {} {}: {}", service.key(), request.method(), request.uri().getPath(),
                            failure.toString());
                    result.completeExceptionally(failure);
                } else {
                    result.complete(reply);
                }
            });
        } catch (RuntimeException notPermitted) {
            log.warn("{} unavailable for {} {}: {}", service.key(), request.method(), request.uri().getPath(),
                    notPermitted.toString());
            result.completeExceptionally(notPermitted);
        }
        return result;
    }

    private JsonNode readTree(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private String problemDetail(byte[] body) {
        JsonNode problem = readTree(body);
        if (problem == null) {
            return null;
        }
        String detail = problem.path("detail").asString("");
        return detail.isEmpty() ? problem.path("title").asString(null) : detail;
    }

    /** A 5xx from the service: counted by its circuit breaker. */
    static final class ServiceFailedException extends RuntimeException {
        ServiceFailedException(Service service, int status) {
            super(service.key() + " answered " + status, null, false, false);
        }
    }
}
