package io.councilhub.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the gateway signs, checks and hands out tokens, and how it treats logins.
 *
 * @param issuer                the {@code iss} of every token the gateway signs and the one it accepts (env JWT_ISSUER)
 * @param audience              the {@code aud} of the tokens it signs and requires
 * @param privateKeyLocation    the RSA signing key as PKCS#8 PEM (env JWT_PRIVATE_KEY_LOCATION); none: a key made at start
 * @param keyId                 the {@code kid} of that key in the JWKS and in token headers (env JWT_KEY_ID)
 * @param serviceTokenLifetime  how long the token relayed to a service lives
 * @param accessTokenLifetime   how long a token from {@code POST /api/auth/token} lives
 * @param clockSkew             tolerance on {@code exp} and {@code nbf} of the tokens the gateway accepts
 * @param maxFailedAttempts     failed logins in a row that lock an account
 * @param lockoutDuration       how long a locked account stays locked
 * @param adminPassword         the password of the first administrator (env COUNCILHUB_ADMIN_PASSWORD); none: generated and logged once
 * @param publicPaths           API paths anyone may call without logging in ({@code "GET /api/meetings/*"}, {@code "/api/public/**"})
 * @param contentSecurityPolicy the Content-Security-Policy header of every response but the API documentation page
 * @param docsContentSecurityPolicy the Content-Security-Policy of {@code /docs/api} (Swagger UI sets inline styles)
 * @param oidc                  how an external OIDC provider's users get their roles
 */
@ConfigurationProperties("councilhub.identity")
record IdentitySettings(@DefaultValue("urn:councilhub:gateway") String issuer,
                        @DefaultValue("councilhub") String audience,
                        Resource privateKeyLocation,
                        @DefaultValue("gateway") String keyId,
                        @DefaultValue("60s") Duration serviceTokenLifetime,
                        @DefaultValue("15m") Duration accessTokenLifetime,
                        @DefaultValue("30s") Duration clockSkew,
                        @DefaultValue("5") int maxFailedAttempts,
                        @DefaultValue("15m") Duration lockoutDuration,
                        String adminPassword,
                        @DefaultValue List<String> publicPaths,
                        @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy,
                        @DefaultValue(DOCS_CSP) String docsContentSecurityPolicy,
                        @DefaultValue Oidc oidc) {

    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * {@link #DEFAULT_CSP} with inline styles allowed: Swagger UI's React components set {@code style} attributes and
     * inject {@code <style>} elements. Scripts stay self-hosted, with no inline script and no eval.
     */
    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    IdentitySettings {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        if (keyId == null || keyId.isBlank()) {
            keyId = "gateway";
        }
        if (adminPassword != null && adminPassword.isBlank()) {
            adminPassword = null;
        }
    }

    /**
     * Users of an external OIDC provider (spring.security.oauth2.client.registration.*).
     *
     * @param rolesClaim  the ID-token or user-info claim that lists the user's roles or groups
     * @param memberClaim the claim naming a MEMBER user's organisation
     * @param roleMapping the provider's value to our role ({@code council-staff: SECRETARIAT}); empty: values that are
     *                    our role names (SECRETARIAT, OFFICER, MEMBER) are taken as they are
     */
    record Oidc(@DefaultValue("roles") String rolesClaim,
                @DefaultValue("member_id") String memberClaim,
                @DefaultValue Map<String, String> roleMapping) {

        Oidc {
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        }
    }
}
