package io.councilhub.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Limits how often one client address may call the endpoints of each configured limit: a request beyond the
 * allowance gets 429 application/problem+json with {@code Retry-After} (seconds) and never reaches the service.
 * The address is the request's remote address, so behind a reverse proxy set {@code server.forward-headers-strategy}
 * for the proxy's {@code X-Forwarded-For} to count (a client cannot pick its own key by sending that header).
 * Paths are matched as the gateway's routes match them (decoded segments, matrix parameters ignored).
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final List<Rule> rules;

    RateLimitFilter(RateLimitSettings settings, LongSupplier nanoClock) {
        List<Rule> configured = new ArrayList<>();
        add(configured, "anonymous", settings.anonymous(), nanoClock);
        add(configured, "archive", settings.archive(), nanoClock);
        this.rules = List.copyOf(configured);
    }

    private static void add(List<Rule> rules, String name, RateLimitSettings.Limit limit, LongSupplier nanoClock) {
        if (limit.enabled()) {
            rules.add(new Rule(name, limit, limit.endpoints().stream().map(Endpoint::parse).toList(),
                    new TokenBuckets(limit.permitsPerMinute(), limit.burst(), nanoClock)));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only anonymous calls count: a call with a bearer token is a known user's (a member contact registering
        // colleagues, a script), and one with a bad token never reaches a service (security answers 401).
        Rule rule = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? ruleFor(request) : null;
        if (rule == null) {
            chain.doFilter(request, response);
            return;
        }
        long waitNanos = rule.buckets().take(rule.name() + "|" + request.getRemoteAddr());
        if (waitNanos == 0) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        RateLimitSettings.Limit limit = rule.limit();
        ObjectNode problem = EdgeProblems.problem(429, "too-many-requests", "リクエストが多すぎます (Too many requests)",
                "at most %d requests a minute (bursts of %d) from one address reach %s; try again in %d s"
                        .formatted(limit.permitsPerMinute(), limit.burst(), request.getRequestURI(), retryAfter), request);
        problem.put("retryAfterSeconds", retryAfter);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        EdgeProblems.write(response, problem);
    }

    private Rule ruleFor(HttpServletRequest request) {
        if (rules.isEmpty()) {
            return null;
        }
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
        for (Rule rule : rules) {
            for (Endpoint endpoint : rule.endpoints()) {
                if (endpoint.matches(request.getMethod(), path)) {
                    return rule;
                }
            }
        }
        return null;
    }

    private record Rule(String name, RateLimitSettings.Limit limit, List<Endpoint> endpoints, TokenBuckets buckets) {
    }

    /** {@code "POST /api/meetings/*&#47;registrations"} or just a pattern (any method). */
    private record Endpoint(String method, PathPattern pattern) {

        static Endpoint parse(String entry) {
            String[] parts = entry.strip().split("\\s+", 2);
            String method = parts.length == 2 ? parts[0].toUpperCase(Locale.ROOT) : null;
            return new Endpoint(method, PathPatternParser.defaultInstance.parse(parts[parts.length - 1]));
        }

        boolean matches(String requestMethod, PathContainer path) {
            return (method == null || method.equalsIgnoreCase(requestMethod)) && pattern.matches(path);
        }
    }
}
