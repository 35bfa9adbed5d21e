package io.councilhub.notification;

import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.chassis.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The chassis' resource-server rules (copied from {@code ResourceServerConfiguration}, which steps back
 * when a service defines its own chain) plus the public paths subscribers use without an account:
 * {@code /api/public/**} (signup, confirm, unsubscribe including RFC 8058 one-click POSTs, and the
 * newsletter archive). Everything else still needs the gateway's JWT; the JwtDecoder is the chassis'.
 * CSRF stays off: the API takes bearer tokens, and the public POSTs are authorised by the signed token
 * in their URL, not by a cookie a forged request could ride on.
 */
@Configuration(proxyBeanMethods = false)
class PublicPathsSecurity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    SecurityFilterChain notificationSecurity(HttpSecurity http, JwtSettings settings) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/api/public/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.SECRETARIAT.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter(settings)))
                        .authenticationEntryPoint(PublicPathsSecurity::unauthorized)
                        .accessDeniedHandler(PublicPathsSecurity::forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(PublicPathsSecurity::unauthorized)
                        .accessDeniedHandler(PublicPathsSecurity::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static JwtAuthenticationConverter authenticationConverter(JwtSettings settings) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(settings.rolesClaim());
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            if (roles != null) {
                for (String role : roles) {
                    for (Role known : Role.values()) {
                        if (known.name().equals(role)) {
                            authorities.add(new SimpleGrantedAuthority(known.authority()));
                        }
                    }
                }
            }
            return authorities;
        });
        return converter;
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     org.springframework.security.core.AuthenticationException exception) throws IOException {
        boolean tokenGiven = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", tokenGiven
                ? "Bearer error=\"invalid_token\", error_description=\"The token is invalid, expired or not ours\""
                : "Bearer");
        write(request, response, Problems.unauthorized(tokenGiven ? "the bearer token was rejected" : "a bearer token is required"));
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response,
                                  org.springframework.security.access.AccessDeniedException exception) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        write(request, response, Problems.forbidden());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
