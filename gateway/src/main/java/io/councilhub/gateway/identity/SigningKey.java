package io.councilhub.gateway.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

/**
 * The RSA key the gateway signs with: the configured PEM (PKCS#8) or, without one, a key made at start (its tokens
 * then do not survive a restart). Only its public half ever leaves: in {@link #publicJwks()}.
 */
final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final RSAKey key;

    private SigningKey(RSAPrivateKey privateKey, RSAPublicKey publicKey, String keyId) {
        this.key = new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(keyId)
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }

    static SigningKey from(IdentitySettings settings) {
        Resource location = settings.privateKeyLocation();
        if (location == null) {
            log.warn("No signing key configured (JWT_PRIVATE_KEY_LOCATION): made an RSA key for this run only; "
                    + "tokens the gateway signed do not survive a restart");
            return generated(settings.keyId());
        }
        RSAPrivateKey privateKey;
        try (InputStream in = location.getInputStream()) {
            privateKey = RsaKeyConverters.pkcs8().convert(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the JWT signing key at " + location, unreadable);
        }
        log.info("Signing tokens with the key at {} (kid {})", location, settings.keyId());
        return new SigningKey(privateKey, publicKeyOf(privateKey), settings.keyId());
    }

    static SigningKey generated(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new SigningKey((RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic(), keyId);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAKey rsaKey() {
        return key;
    }

    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyId() {
        return key.getKeyID();
    }

    /** The JWK set with the public key only, as served at {@code /.well-known/jwks.json}. */
    JWKSet publicJwks() {
        return new JWKSet(key.toPublicJWK());
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("the JWT signing key must be an RSA private key with its CRT parameters (PKCS#8)");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
