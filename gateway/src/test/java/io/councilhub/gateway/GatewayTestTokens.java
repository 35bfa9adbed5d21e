package io.councilhub.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * A signing key for the gateway under test (made once per JVM, never committed) and tokens signed with it, as the
 * gateway would sign them; also the broken ones it must refuse. {@link #configure} hands the key to the gateway.
 */
public final class GatewayTestTokens {

    public static final String ISSUER = "urn:councilhub:gateway-test";
    public static final String AUDIENCE = "councilhub";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static final String PRIVATE_KEY_LOCATION = write("PRIVATE KEY", KEYS.getPrivate().getEncoded());

    private GatewayTestTokens() {
    }

    /** Makes the gateway sign with this class's key and accept its tokens. */
    public static void configure(DynamicPropertyRegistry registry) {
        registry.add("councilhub.identity.private-key-location", () -> PRIVATE_KEY_LOCATION);
        registry.add("councilhub.identity.issuer", () -> ISSUER);
        registry.add("councilhub.identity.key-id", () -> "gateway-test");
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String secretariat() {
        return token("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(10), KEYS);
    }

    public static String officer() {
        return token("officer-1", List.of("OFFICER"), null, Duration.ofMinutes(10), KEYS);
    }

    public static String member(String memberId) {
        return token("member-user-1", List.of("MEMBER"), memberId, Duration.ofMinutes(10), KEYS);
    }

    public static String expired() {
        return token("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(-10), KEYS);
    }

    public static String signedByAnotherKey() {
        return token("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(10), OTHER_KEYS);
    }

    /** An unsigned token ({@code alg: none}) claiming to be the secretariat. */
    public static String unsigned() {
        return new PlainJWT(claims("staff-1", List.of("SECRETARIAT"), null, Duration.ofMinutes(10))).serialize();
    }

    private static String token(String subject, List<String> roles, String memberId, Duration lifetime, KeyPair keys) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("gateway-test").build(),
                    claims(subject, roles, memberId, lifetime));
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, List<String> roles, String memberId, Duration lifetime) {
        Instant now = Instant.now();
        Instant issuedAt = lifetime.isNegative() ? now.plus(lifetime.multipliedBy(2)) : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(now.plus(lifetime)))
                .claim("roles", roles);
        if (memberId != null) {
            claims.claim("member_id", memberId);
        }
        return claims.build();
    }

    /** A fresh 2048-bit RSA key pair (the gateway's test keys, and any other signer a test needs). */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(String type, byte[] der) {
        String pem = "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        try {
            Path file = Files.createTempFile("councilhub-gateway-test", ".pem");
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
