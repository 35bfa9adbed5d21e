package io.councilhub.gateway.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * API calls that carry a bearer token: a chain of their own, stateless. Such a call is a script's or an API client's,
 * never a browser session's, so it needs no session, no CSRF token (a bearer token is no ambient credential a forged
 * request could ride on), no login page, logout or saved request: only the token's check, the roles, and the security
 * headers every response gets. Everything else (the dashboard, the portal, API calls on a session) is
 * {@link SecurityConfiguration}'s chain.
 */
@Configuration(proxyBeanMethods = false)
class BearerApiSecurity {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** {@code /api/**} with an {@code Authorization: Bearer ...} header. */
    static final RequestMatcher BEARER_API_CALLS = request -> {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    };

    @Bean
    @Order(1)
    SecurityFilterChain bearerApiCalls(HttpSecurity http, IdentitySettings settings) throws Exception {
        ApiProblems problems = new ApiProblems();
        http.securityMatcher(BEARER_API_CALLS)
                .authorizeHttpRequests(requests -> apiRules(requests, settings))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration.bearerRoles()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .anonymous(Customizer.withDefaults())
                .headers(headers -> securityHeaders(headers, settings));
        return http.build();
    }

    /**
     * Who may call what on {@code /api/**}, the same on both chains: the token exchange and the services' public paths
     * are open, user management is the secretariat's, the rest is any signed-in user's.
     */
    static void apiRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            IdentitySettings settings) {
        requests.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/auth/token"))
                .permitAll()
                .requestMatchers(PublicApiPaths.anyOf(settings.publicPaths())).permitAll()
                .requestMatchers("/api/auth/users", "/api/auth/users/**").hasRole(Role.SECRETARIAT.name())
                .requestMatchers("/api/**").authenticated();
    }

    /** The headers every response of the gateway carries, whichever chain answered it. */
    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, IdentitySettings settings) {
        headers
                // The documentation pages' own policy (Swagger UI needs inline styles), everything else the strict one.
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DocsPolicy.PAGES,
                        new ContentSecurityPolicyHeaderWriter(settings.docsContentSecurityPolicy())))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DocsPolicy.PAGES),
                        new ContentSecurityPolicyHeaderWriter(settings.contentSecurityPolicy())))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
