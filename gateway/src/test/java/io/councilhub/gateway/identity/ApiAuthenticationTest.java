package io.councilhub.gateway.identity;

import io.councilhub.gateway.GatewayTestTokens;
import io.councilhub.platform.security.HeaderBearerTokenResolver;
import io.councilhub.platform.security.HeaderCharacters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API clients: without a token, or with an expired, foreign or unsigned one, they get 401 as a problem document and
 * nothing reaches a service; with a token from {@code POST /api/auth/token} the service gets a token the gateway
 * signed, which it can check against the gateway's JWKS.
 */
class ApiAuthenticationTest extends IdentityTestBase {

    @Autowired
    BearerTokenResolver bearerTokens;

    @Autowired
    FilterChainProxy securityFilters;

    @BeforeEach
    void reset() {
        SERVICE.forget();
    }

    @Test
    void aCallWithoutATokenIs401AndNeverReachesTheService() {
        HttpResponse<String> response = get("/api/members", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(SERVICE.last()).isNull();
    }

    @Test
    void expiredForeignAndUnsignedTokensAre401() {
        Map<String, String> tokens = Map.of("expired", GatewayTestTokens.expired(),
                "signed by another key", GatewayTestTokens.signedByAnotherKey(),
                "alg none", GatewayTestTokens.unsigned(),
                "malformed", "two words");
        tokens.forEach((kind, token) -> {
            HttpResponse<String> response = get("/api/members", token);

            assertThat(response.statusCode()).as(kind).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).as(kind)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(kind)
                    .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
        });
        assertThat(SERVICE.last()).isNull();
    }

    @Test
    void tokensAndHeadersAreCheckedWithoutRegularExpressions() {
        assertThat(bearerTokens).isInstanceOf(HeaderBearerTokenResolver.class);
        // Spring MVC wraps the chain's proxy in one of its own, whose own firewall is never used.
        assertThat(securityFilters).extracting("springSecurityFilterChain").extracting("firewall")
                .isInstanceOf(StrictHttpFirewall.class)
                .extracting("allowedHeaderValues").extracting(check -> check.getClass().getName()).asString()
                .startsWith(HeaderCharacters.class.getName());
    }

    @Test
    void aTokenFromTheTokenEndpointCallsThroughAndTheServiceCanCheckWhatItGets() {
        HttpResponse<String> issued = token("admin", ADMIN_PASSWORD);
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(json(issued).get("token_type").asString()).isEqualTo("Bearer");
        assertThat(json(issued).get("expires_in").asLong()).isEqualTo(900);
        String accessToken = json(issued).get("access_token").asString();

        HttpResponse<String> response = get("/api/members?q=x", accessToken);

        assertThat(response.statusCode()).isEqualTo(200);
        StandInService.Seen seen = SERVICE.last();
        assertThat(seen.path()).isEqualTo("/api/members?q=x");
        String relayed = seen.authorization().substring("Bearer ".length());
        assertThat(relayed).isNotEqualTo(accessToken);
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/.well-known/jwks.json"))
                .jwsAlgorithm(SignatureAlgorithm.RS256).build().decode(relayed);
        assertThat(jwt.getSubject()).isEqualTo("admin");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SECRETARIAT");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(GatewayTestTokens.ISSUER);
        assertThat(jwt.getAudience()).containsExactly("councilhub");
        assertThat(jwt.getHeaders()).containsEntry("kid", "gateway-test");
        assertThat(jwt.getExpiresAt()).isBetween(jwt.getIssuedAt().plusSeconds(59), jwt.getIssuedAt().plusSeconds(61));
        // A bearer call is stateless: no session is opened for it, and it still gets every security header.
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theJwksHoldsThePublicKeyOnly() {
        HttpResponse<String> jwks = get("/.well-known/jwks.json", null);

        assertThat(jwks.statusCode()).isEqualTo(200);
        var key = json(jwks).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("kid").asString()).isEqualTo("gateway-test");
        assertThat(key.get("n").asString()).isNotBlank();
        assertThat(key.has("d")).isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void wrongCredentialsAre401AndAMissingFieldIsNamed() {
        HttpResponse<String> wrong = token("admin", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("detail").asString()).contains("wrong");

        HttpResponse<String> unknown = token("nobody-here", "whatever-password");
        assertThat(unknown.statusCode()).isEqualTo(401);

        HttpResponse<String> missing = postJson("/api/auth/token", null, Map.of("username", "admin"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void anonymousCallsToPublicPathsReachTheServiceWithoutAnyAuthorization() {
        HttpResponse<String> meetings = get("/api/meetings?fiscalYear=2022", null);

        assertThat(meetings.statusCode()).isEqualTo(200);
        assertThat(SERVICE.last().path()).isEqualTo("/api/meetings?fiscalYear=2022");
        assertThat(SERVICE.last().authorization()).isNull();

        HttpResponse<String> register = postJson("/api/meetings/m-1/registrations", null, Map.of("name", "x"));
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(SERVICE.last().authorization()).isNull();

        HttpResponse<String> draft = postJson("/api/meetings", null, Map.of("title", "x"));
        assertThat(draft.statusCode()).as("creating a meeting is not public").isEqualTo(401);
    }

    @Test
    void aMemberTokenIsRelayedWithItsOrganisation() {
        get("/api/members/m-2", GatewayTestTokens.member("m-1"));

        Jwt jwt = NimbusJwtDecoder.withPublicKey(GatewayTestTokens.publicKey()).build()
                .decode(SERVICE.last().authorization().substring("Bearer ".length()));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MEMBER");
        assertThat(jwt.getClaimAsString("member_id")).isEqualTo("m-1");
        assertThat(jwt.getSubject()).isEqualTo("member-user-1");
    }

    @Test
    void onlyTheSecretariatManagesUsersThroughTheApi() {
        assertThat(get("/api/auth/users", GatewayTestTokens.officer()).statusCode()).isEqualTo(403);
        assertThat(get("/api/auth/users", null).statusCode()).isEqualTo(401);
        HttpResponse<String> users = get("/api/auth/users", GatewayTestTokens.secretariat());
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"username\":\"admin\"").doesNotContain("passwordHash").doesNotContain("$2a$");
    }
}
