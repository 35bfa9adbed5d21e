package io.councilhub.gateway.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Runs after Spring Security on {@code /api/**}: what a service receives carries a token the gateway signed for
 * the authenticated caller instead of whatever the caller sent (its own token, its session cookie, its CSRF
 * token). An anonymous call reaches the service with no {@code Authorization} at all.
 */
class TokenRelayFilter extends OncePerRequestFilter {

    private static final Set<String> DROPPED = Set.of("cookie", "x-xsrf-token", "x-csrf-token");

    private final GatewayTokens tokens;
    private final String memberClaim;

    TokenRelayFilter(GatewayTokens tokens, String memberClaim) {
        this.tokens = tokens;
        this.memberClaim = memberClaim;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), memberClaim);
        chain.doFilter(new Relayed(request, caller, tokens), response);
    }

    /** The request as the service is to see it; the token is signed only when the proxy reads the header. */
    private static final class Relayed extends HttpServletRequestWrapper {

        private final Optional<Caller> caller;
        private final GatewayTokens tokens;
        private String authorization;

        Relayed(HttpServletRequest request, Optional<Caller> caller, GatewayTokens tokens) {
            super(request);
            this.caller = caller;
            this.tokens = tokens;
        }

        private String authorization() {
            if (authorization == null && caller.isPresent()) {
                authorization = "Bearer " + tokens.serviceToken(caller.get());
            }
            return authorization;
        }

        @Override
        public String getHeader(String name) {
            if (HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)) {
                return authorization();
            }
            if (DROPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)) {
                String value = authorization();
                return value == null ? Collections.emptyEnumeration() : Collections.enumeration(Set.of(value));
            }
            if (DROPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return Collections.emptyEnumeration();
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>();
            for (Enumeration<String> original = super.getHeaderNames(); original.hasMoreElements(); ) {
                String name = original.nextElement();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!lower.equals("authorization") && !DROPPED.contains(lower)) {
                    names.add(name);
                }
            }
            if (caller.isPresent()) {
                names.add(HttpHeaders.AUTHORIZATION);
            }
            return Collections.enumeration(names);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }
    }
}
