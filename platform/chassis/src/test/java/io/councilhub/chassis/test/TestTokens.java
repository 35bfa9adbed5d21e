package io.councilhub.chassis.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Mints the bearer tokens the services accept in tests, signed with a key pair made once per JVM
 * (never committed). Also the broken ones a resource server must refuse.
 */
public final class TestTokens {

    public static final String ISSUER = "urn:councilhub:test-gateway";
    public static final String AUDIENCE = "councilhub";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static final String PUBLIC_KEY_LOCATION = writePublicKey();
    private static final String PRIVATE_KEY_LOCATION = writePrivateKey();

    /** The {@code kid} in the header of the tokens signed here. */
    public static final String KEY_ID = "test";

    private TestTokens() {
    }

    public static String secretariat() {
        return token("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(10), KEYS, AUDIENCE);
    }

    public static String officer() {
        return token("officer-1", List.of("OFFICER"), null, Duration.ofMinutes(10), KEYS, AUDIENCE);
    }

    public static String member(String memberId) {
        return token("member-user-1", List.of("MEMBER"), memberId, Duration.ofMinutes(10), KEYS, AUDIENCE);
    }

    public static String expired() {
        return token("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(-10), KEYS, AUDIENCE);
    }

    public static String signedByAnotherKey() {
        return token("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(10), OTHER_KEYS, AUDIENCE);
    }

    public static String forAnotherAudience() {
        return token("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(10), KEYS, "someone-else");
    }

    /** An unsigned token ({@code alg: none}) claiming to be the secretariat. */
    public static String unsigned() {
        return new PlainJWT(claims("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(10), AUDIENCE)).serialize();
    }

    /** A {@code file:} URI of the PEM public key the services should trust. */
    public static String publicKeyLocation() {
        return PUBLIC_KEY_LOCATION;
    }

    /**
     * A {@code file:} URI of the PKCS#8 PEM private key these tokens are signed with: the gateway of a test stack
     * signs with it (JWT_PRIVATE_KEY_LOCATION), so it takes these tokens as its own and the services trust what it
     * relays.
     */
    public static String privateKeyLocation() {
        return PRIVATE_KEY_LOCATION;
    }

    private static String token(String subject, List<String> roles, String memberId, Duration lifetime, KeyPair keys,
                                String audience) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(),
                    claims(subject, roles, memberId, lifetime, audience));
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, List<String> roles, String memberId, Duration lifetime,
                                       String audience) {
        Instant now = Instant.now();
        Instant issuedAt = lifetime.isNegative() ? now.plus(lifetime.multipliedBy(2)) : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(audience).subject(subject)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(now.plus(lifetime)))
                .claim("roles", roles);
        if (memberId != null) {
            claims.claim("member_id", memberId);
        }
        return claims.build();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String writePublicKey() {
        return writePem("PUBLIC KEY", KEYS.getPublic().getEncoded(), "councilhub-test-jwt");
    }

    private static String writePrivateKey() {
        return writePem("PRIVATE KEY", KEYS.getPrivate().getEncoded(), "councilhub-test-jwt-private");
    }

    private static String writePem(String type, byte[] der, String prefix) {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        try {
            Path file = Files.createTempFile(prefix, ".pem");
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
