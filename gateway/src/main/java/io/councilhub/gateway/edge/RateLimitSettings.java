package io.councilhub.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Rate limits per client address ({@code councilhub.gateway.rate-limits}). {@code anonymous}: the endpoints anyone may
 * call that write something or send mail (newsletter signup, confirm and unsubscribe links, public meeting
 * registration and its cancellation link), by default 10 a minute with a burst of 10. {@code archive}: reading the
 * public newsletter archive, by default 120 a minute with a burst of 30. Each limit names its endpoints as
 * {@code "[METHOD] /path/pattern"}; every property left out keeps its default.
 */
@ConfigurationProperties("councilhub.gateway.rate-limits")
record RateLimitSettings(Limit anonymous, Limit archive) {

    static final Limit ANONYMOUS = new Limit(10, 10, List.of("/api/public/subscriptions", "/api/public/subscriptions/**",
            "POST /api/meetings/*/registrations", "/api/registrations/cancellation"));
    static final Limit ARCHIVE = new Limit(120, 30, List.of("GET /api/public/newsletters/**"));

    RateLimitSettings {
        anonymous = ANONYMOUS.overriddenBy(anonymous);
        archive = ARCHIVE.overriddenBy(archive);
    }

    /**
     * One limit: {@code permitsPerMinute} refill one client address's allowance, which holds at most {@code burst}
     * requests; 0 permits switch the limit off.
     */
    record Limit(Integer permitsPerMinute, Integer burst, List<String> endpoints) {

        Limit overriddenBy(Limit configured) {
            if (configured == null) {
                return this;
            }
            return new Limit(configured.permitsPerMinute() != null ? configured.permitsPerMinute() : permitsPerMinute,
                    configured.burst() != null ? configured.burst() : burst,
                    configured.endpoints() != null ? List.copyOf(configured.endpoints()) : endpoints);
        }

        boolean enabled() {
            return permitsPerMinute > 0 && burst > 0 && !endpoints.isEmpty();
        }
    }
}
