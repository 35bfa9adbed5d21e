package io.councilhub.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    static final String ISSUER = "urn:councilhub:test-gateway";
    static final String AUDIENCE = "councilhub";
    static final KeyPair TRUSTED = keyPair();
    static final KeyPair OTHER = keyPair();

    final MovableClock clock = new MovableClock(Instant.now());
    final AtomicInteger signatureChecks = new AtomicInteger();
    final VerifiedTokenCache cache = cache(3);

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgainButKeepsItsClaims() {
        String token = sign(TRUSTED, "officer-1", Instant.now().plusSeconds(60));

        Jwt first = cache.decode(token);
        Jwt again = cache.decode(token);

        assertThat(signatureChecks).hasValue(1);
        assertThat(again.getSubject()).isEqualTo("officer-1").isEqualTo(first.getSubject());
        assertThat(again.getClaimAsStringList("roles")).containsExactly("OFFICER");
    }

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() {
        String token = sign(TRUSTED, "officer-1", Instant.now().plusSeconds(60));
        cache.decode(token);

        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEveryTimeAndNeverKept() {
        String forged = sign(OTHER, "intruder", Instant.now().plusSeconds(60));

        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(JwtException.class);

        assertThat(signatureChecks).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacity() {
        for (int i = 0; i < 10; i++) {
            cache.decode(sign(TRUSTED, "user-" + i, Instant.now().plusSeconds(60)));
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        assertThat(signatureChecks).hasValue(10);
    }

    VerifiedTokenCache cache(int capacity) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) TRUSTED.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        nimbus.setJwtValidator(CouncilTokens.validator(ISSUER, AUDIENCE, Duration.ofSeconds(30)));
        JwtDecoder counting = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokenCache(counting, CouncilTokens.validator(ISSUER, AUDIENCE, Duration.ofSeconds(30), clock),
                capacity);
    }

    static String sign(KeyPair key, String subject, Instant expiry) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                    .issuer(ISSUER).audience(AUDIENCE).subject(subject).claim("roles", List.of("OFFICER"))
                    .issueTime(new Date()).expirationTime(Date.from(expiry)).build());
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
