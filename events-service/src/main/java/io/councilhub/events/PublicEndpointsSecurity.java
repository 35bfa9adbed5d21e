package io.councilhub.events;

import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.chassis.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The chassis's resource-server rules (ResourceServerConfiguration, which steps back when a service defines its own
 * {@link SecurityFilterChain}) plus what events-service opens to anonymous callers: reading meetings (the controllers
 * show an anonymous caller only PUBLIC ones), registering for a meeting (only a PUBLIC one without a token), and the
 * registrant's cancellation link (the unguessable token is the credential). A token, when one is sent, is still
 * checked on these paths. Keep the copied part in step with the chassis.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpointsSecurity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    SecurityFilterChain eventsResourceServer(HttpSecurity http, JwtSettings settings) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.SECRETARIAT.name())
                        // events-service's public surface; each handler decides what an anonymous caller gets
                        .requestMatchers(HttpMethod.GET, "/api/meetings", "/api/meetings/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/meetings/*/registrations").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/registrations/cancellation").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/registrations/cancellation").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter(settings)))
                        .authenticationEntryPoint(PublicEndpointsSecurity::unauthorized)
                        .accessDeniedHandler(PublicEndpointsSecurity::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(PublicEndpointsSecurity::unauthorized)
                        .accessDeniedHandler(PublicEndpointsSecurity::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** As the chassis: roles from the {@code roles} claim, only the ones the council knows. */
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
                                     AuthenticationException exception) throws IOException {
        boolean tokenGiven = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", tokenGiven
                ? "Bearer error=\"invalid_token\", error_description=\"The token is invalid, expired or not ours\""
                : "Bearer");
        write(request, response, Problems.unauthorized(tokenGiven ? "the bearer token was rejected" : "a bearer token is required"));
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response,
                                  AccessDeniedException exception) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        write(request, response, Problems.forbidden());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
