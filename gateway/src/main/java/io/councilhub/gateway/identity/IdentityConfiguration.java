package io.councilhub.gateway.identity;

import io.councilhub.platform.security.CouncilTokens;
import io.councilhub.platform.security.VerifiedTokenCache;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;

/** The identity feature's parts: the signing key, the tokens, the user store and its login, the relay to the services. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class IdentityConfiguration {

    @Bean
    SigningKey signingKey(IdentitySettings settings) {
        return SigningKey.from(settings);
    }

    @Bean
    GatewayTokens gatewayTokens(SigningKey key, IdentitySettings settings) {
        return new GatewayTokens(key, settings, Clock.systemUTC());
    }

    /**
     * The bearer tokens the gateway accepts on {@code /api/**}: its own, signed RS256 (pinned: {@code alg: none} and
     * HMAC fail) with its key, from its issuer, for our audience, with an expiry that has not passed.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKey key, IdentitySettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        OAuth2TokenValidator<Jwt> claims = CouncilTokens.validator(settings.issuer(), settings.audience(),
                settings.clockSkew());
        decoder.setJwtValidator(claims);
        return new VerifiedTokenCache(decoder, claims, VERIFIED_TOKENS);
    }

    /** Distinct API clients' tokens whose signature is remembered (see {@link VerifiedTokenCache}). */
    static final int VERIFIED_TOKENS = 2_000;

    /**
     * No Spring Security observations: they wrap every filter of the chain in an observation of its own (a name built
     * per filter per request) for traces no backend collects. Request metrics ({@code http.server.requests}) stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    StaffAccounts staffAccounts(StaffUsers users, LoginAudit audit, MongoTemplate mongo, PasswordEncoder passwords,
                                IdentitySettings settings) {
        return new StaffAccounts(users, audit, mongo, passwords, settings, Clock.systemUTC());
    }

    @Bean
    StaffAuthenticationProvider staffAuthenticationProvider(StaffAccounts accounts) {
        return new StaffAuthenticationProvider(accounts);
    }

    @Bean
    AdminBootstrap adminBootstrap(StaffAccounts accounts, IdentitySettings settings) {
        return new AdminBootstrap(accounts, settings);
    }

    /** Right after Spring Security, so the caller is known when the request is rewritten for the service. */
    @Bean
    FilterRegistrationBean<TokenRelayFilter> tokenRelay(GatewayTokens tokens, IdentitySettings settings) {
        FilterRegistrationBean<TokenRelayFilter> registration =
                new FilterRegistrationBean<>(new TokenRelayFilter(tokens, settings.oidc().memberClaim()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
