package io.councilhub.gateway.dashboard.panel;

/**
 * The services a panel can call. Each one's base URL comes from the same environment variable as its
 * gateway route ({@code FINANCE_URL} ...); its circuit breaker and time limiter are the Resilience4j
 * instances named {@link #key()} ({@code resilience4j.circuitbreaker.instances.finance.*}).
 */
public enum Service {
    MEMBERSHIP("MEMBERSHIP_URL", "http://localhost:8081"),
    FINANCE("FINANCE_URL", "http://localhost:8082"),
    EVENTS("EVENTS_URL", "http://localhost:8083"),
    SUBCOMMITTEE("SUBCOMMITTEE_URL", "http://localhost:8084"),
    NOTIFICATION("NOTIFICATION_URL", "http://localhost:8085");

    private final String urlVariable;
    private final String localUrl;

    Service(String urlVariable, String localUrl) {
        this.urlVariable = urlVariable;
        this.localUrl = localUrl;
    }

    /** {@code finance}: the Resilience4j instance name and the message key suffix of its notice. */
    public String key() {
        return name().toLowerCase();
    }

    String urlVariable() {
        return urlVariable;
    }

    String localUrl() {
        return localUrl;
    }
}
