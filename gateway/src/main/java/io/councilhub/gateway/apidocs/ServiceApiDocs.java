package io.councilhub.gateway.apidocs;

import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.config.RouteProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Every service behind the gateway (one per route, the route's id as its name, so the list follows the routes and
 * their {@code *_URL} settings) and its OpenAPI document, fetched from the service's {@code /v3/api-docs} within the
 * time limit. The document's {@code servers} become the gateway itself, so Swagger UI's "try it out" goes through the
 * gateway as every client does.
 */
final class ServiceApiDocs {

    private final Map<String, URI> services;
    private final HttpClient http;
    private final TimeLimiter timeLimiter;
    private final Duration timeout;
    private final JsonMapper json;

    ServiceApiDocs(GatewayMvcProperties gateway, DocsSettings settings, JsonMapper json) {
        this.services = servicesOf(gateway);
        this.timeout = settings.timeout();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.timeLimiter = TimeLimiter.of("api-docs", TimeLimiterConfig.custom().timeoutDuration(timeout)
                .cancelRunningFuture(true).build());
        this.json = json;
    }

    private static Map<String, URI> servicesOf(GatewayMvcProperties gateway) {
        Map<String, URI> services = new LinkedHashMap<>();
        for (RouteProperties route : gateway.getRoutes()) {
            add(services, route.getId(), route.getUri());
        }
        if (gateway.getRoutesMap() != null) {
            gateway.getRoutesMap().forEach((id, route) -> add(services, route.getId() != null ? route.getId() : id, route.getUri()));
        }
        return Collections.unmodifiableMap(services);
    }

    private static void add(Map<String, URI> services, String id, URI uri) {
        if (id != null && uri != null && uri.getScheme() != null && uri.getScheme().startsWith("http")
                && !services.containsValue(uri)) {
            services.put(id, uri);
        }
    }

    /** The services in route order. */
    List<String> names() {
        return List.copyOf(services.keySet());
    }

    boolean knows(String service) {
        return services.containsKey(service);
    }

    Duration timeout() {
        return timeout;
    }

    /** The service's OpenAPI document with the gateway as its server. */
    Optional<ObjectNode> fetch(String service) throws Unavailable {
        URI base = services.get(service);
        if (base == null) {
            return Optional.empty();
        }
        URI docs = base.resolve("/v3/api-docs");
        HttpRequest request = HttpRequest.newBuilder(docs).timeout(timeout).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = timeLimiter.executeFutureSupplier(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (TimeoutException slow) {
            throw new Unavailable(service, "did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable(service, "did not answer (the request was interrupted)");
        } catch (Exception failed) {
            Throwable cause = failed instanceof ExecutionException && failed.getCause() != null ? failed.getCause() : failed;
            String why = cause instanceof ConnectException ? "is not reachable" : "could not be read: " + cause;
            if (cause instanceof java.net.http.HttpTimeoutException) {
                why = "did not answer within " + timeout.toMillis() + " ms";
            }
            throw new Unavailable(service, why);
        }
        if (response.statusCode() != 200) {
            throw new Unavailable(service, "answered " + response.statusCode() + " for /v3/api-docs");
        }
        ObjectNode document;
        try {
            if (!(json.readTree(response.body()) instanceof ObjectNode object)) {
                throw new Unavailable(service, "answered something other than an OpenAPI document");
            }
            document = object;
        } catch (JacksonException unreadable) {
            throw new Unavailable(service, "answered something other than JSON");
        }
        ObjectNode gatewayServer = json.createObjectNode().put("url", "/").put("description", "councilhub gateway");
        document.putArray("servers").add(gatewayServer);
        return Optional.of(document);
    }

    /** A service could not hand over its document in time (down, slow, or answering nonsense). */
    static final class Unavailable extends Exception {

        private final String service;

        Unavailable(String service, String why) {
            super(why);
            this.service = service;
        }

        String service() {
            return service;
        }
    }
}
