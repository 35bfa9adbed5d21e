package io.councilhub.chassis.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

/**
 * The paths a service serves to anyone, without a token: public meetings, newsletter signup and one-click
 * unsubscribe, the archive. Each entry is a path pattern, optionally after an HTTP method
 * ({@code "GET /api/public/meetings/**"}, {@code "/api/public/subscriptions/**"}). Everything else keeps
 * needing the gateway's JWT; a service declares these in its {@code application.yml} instead of writing a
 * security chain of its own.
 */
@ConfigurationProperties("councilhub.security")
public record PublicPaths(@DefaultValue List<String> publicPaths) {

    public PublicPaths {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    /** Matches a request to any public path; matches nothing when the service has none. */
    RequestMatcher anyOf() {
        List<RequestMatcher> matchers = publicPaths.stream().map(PublicPaths::matcher).toList();
        return request -> matchers.stream().anyMatch(matcher -> matcher.matches(request));
    }

    private static RequestMatcher matcher(String entry) {
        String[] parts = entry.strip().split("\\s+", 2);
        if (parts.length == 2) {
            return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(parts[0]), parts[1]);
        }
        return PathPatternRequestMatcher.withDefaults().matcher(parts[0]);
    }
}
