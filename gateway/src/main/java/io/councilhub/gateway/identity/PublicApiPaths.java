package io.councilhub.gateway.identity;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

/**
 * The API paths anyone may call through the gateway without logging in, as the services declare them in their
 * own {@code councilhub.security.public-paths}: a path pattern, optionally after an HTTP method.
 */
final class PublicApiPaths {

    private PublicApiPaths() {
    }

    static RequestMatcher anyOf(List<String> entries) {
        List<RequestMatcher> matchers = entries.stream().map(PublicApiPaths::matcher).toList();
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
