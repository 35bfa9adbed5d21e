package io.councilhub.gateway.dashboard.panel;

import io.councilhub.gateway.identity.ServiceTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where a dashboard controller gets its {@link ServiceClient}s: {@code panels.finance().get(...)}. Base
 * URLs come from the routes' environment variables ({@code MEMBERSHIP_URL}, {@code FINANCE_URL},
 * {@code EVENTS_URL}, {@code SUBCOMMITTEE_URL}, {@code NOTIFICATION_URL}); circuit breakers and time
 * limiters from {@code resilience4j.circuitbreaker.instances.<service>} and
 * {@code resilience4j.timelimiter.instances.<service>} (defaults under {@code configs.default}).
 */
@Component
public class ServicePanels implements DisposableBean {

    private final Map<Service, ServiceClient> clients = new EnumMap<>(Service.class);
    private static final String TOKEN_ATTRIBUTE = ServicePanels.class.getName() + ".token";

    private final ScheduledExecutorService scheduler;
    private final ObjectProvider<ServiceTokens> serviceTokens;

    ServicePanels(Environment environment, CircuitBreakerRegistry circuitBreakers, TimeLimiterRegistry timeLimiters,
                  ObjectProvider<ServiceTokens> serviceTokens, ObjectProvider<JsonMapper> jsonMapper) {
        this.scheduler = Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "panel-time-limiter");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JsonMapper json = jsonMapper.getIfAvailable(JsonMapper::new);
        for (Service service : Service.values()) {
            String baseUrl = environment.getProperty(service.urlVariable(), service.localUrl());
            clients.put(service, new ServiceClient(service, baseUrl, http, json,
                    circuitBreakers.circuitBreaker(service.key()), timeLimiters.timeLimiter(service.key()), scheduler));
        }
        this.serviceTokens = serviceTokens;
    }

    /**
     * The service's client acting for the current request's user (its token signed once per request).
     * Call it on the request's thread, before chaining calls on answers.
     */
    public ServiceClient client(Service service) {
        return clients.get(service).actingAs(currentToken(), LocaleContextHolder.getLocale());
    }

    private String currentToken() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(TOKEN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String token) {
            return token;
        }
        ServiceTokens tokens = serviceTokens.getIfAvailable();
        String token = tokens == null ? null : tokens.currentUserToken();
        if (request != null && token != null) {
            request.setAttribute(TOKEN_ATTRIBUTE, token, RequestAttributes.SCOPE_REQUEST);
        }
        return token;
    }

    public ServiceClient membership() {
        return client(Service.MEMBERSHIP);
    }

    public ServiceClient finance() {
        return client(Service.FINANCE);
    }

    public ServiceClient events() {
        return client(Service.EVENTS);
    }

    public ServiceClient subcommittee() {
        return client(Service.SUBCOMMITTEE);
    }

    public ServiceClient notification() {
        return client(Service.NOTIFICATION);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
