package io.councilhub.chassis.security;

import io.councilhub.platform.security.CouncilTokens;
import io.councilhub.platform.security.HeaderBearerTokenResolver;
import io.councilhub.platform.security.HeaderCharacters;
import io.councilhub.platform.security.VerifiedTokenCache;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Makes a service an OAuth2 resource server: every {@code /api/**} call needs a bearer JWT signed
 * RS256 (the algorithm is pinned, so {@code alg: none} and HMAC tokens fail), from the configured
 * issuer, for our audience, not expired. Roles come from the {@code roles} claim. Health probes and the OpenAPI description are open.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties({JwtSettings.class, PublicPaths.class})
public class ResourceServerConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain councilhubResourceServer(HttpSecurity http, JwtSettings settings, PublicPaths publicPaths)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        // The API description is public (it names endpoints and fields, never data).
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // What a service declares open to anyone (councilhub.security.public-paths).
                        .requestMatchers(publicPaths.anyOf()).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.SECRETARIAT.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter(settings)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens only, no cookies: there is no session for a forged request to ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * No Spring Security observations: they wrap every filter of the chain in an observation of its own, a sixth of a
     * simple read's CPU, for traces no backend collects. Request metrics ({@code http.server.requests}) stay.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The bearer token from the {@code Authorization} header, read without a regular expression. */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenResolver bearerTokenResolver() {
        return new HeaderBearerTokenResolver();
    }

    /** Spring Security's strict firewall, with its header checks done by a loop instead of regular expressions. */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(JwtSettings settings) {
        NimbusJwtDecoder decoder;
        if (settings.publicKeyLocation() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(settings))
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        } else if (settings.jwkSetUri() != null && !settings.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        } else {
            throw new IllegalStateException("councilhub.security.jwt: set public-key-location (env JWT_PUBLIC_KEY_LOCATION) "
                    + "or jwk-set-uri (env JWT_JWK_SET_URI) so this service can check tokens");
        }
        OAuth2TokenValidator<Jwt> claims = validator(settings);
        decoder.setJwtValidator(claims);
        return new VerifiedTokenCache(decoder, claims, VERIFIED_TOKENS);
    }

    /** Distinct tokens whose signature is remembered (see {@link VerifiedTokenCache}). */
    static final int VERIFIED_TOKENS = 2_000;

    static OAuth2TokenValidator<Jwt> validator(JwtSettings settings) {
        return CouncilTokens.validator(settings.issuer(), settings.audience(), settings.clockSkew());
    }

    static JwtAuthenticationConverter authenticationConverter(JwtSettings settings) {
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

    private static RSAPublicKey readPublicKey(JwtSettings settings) {
        try (InputStream in = settings.publicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the JWT public key at " + settings.publicKeyLocation(), unreadable);
        }
    }
}
