package io.councilhub.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mints the bearer tokens the services accept in the devstack, signed RS256 with the key DevKeys made. The claims
 * match what the chassis' resource server checks ({@code councilhub.security.jwt.*} defaults).
 */
final class DevTokens {

    static final String ISSUER = "urn:councilhub:gateway";
    static final String AUDIENCE = "councilhub";
    static final String SUBJECT = "devstack-admin";
    static final String KEY_ID = "devstack";
    static final Duration LIFETIME = Duration.ofHours(12);
    static final Set<String> ROLES = Set.of("SECRETARIAT", "OFFICER", "MEMBER");

    private DevTokens() {
    }

    /** {@code .data/keys} under the working directory, or {@code -Ddevstack.keys=DIR}. */
    static Path keysDir() {
        return Path.of(System.getProperty("devstack.keys", ".data/keys"));
    }

    /**
     * A signed token for {@code role}; {@code memberId} (the {@code member_id} claim) only for a MEMBER.
     *
     * @throws IllegalArgumentException for an unknown role
     * @throws IllegalStateException    when the key is missing or unreadable
     */
    static String mint(Path keysDir, String role, String memberId) {
        String normalised = role.toUpperCase(Locale.ROOT);
        if (!ROLES.contains(normalised)) {
            throw new IllegalArgumentException("unknown role '" + role + "': use one of SECRETARIAT, OFFICER, MEMBER");
        }
        Path keyFile = keysDir.resolve(DevKeys.PRIVATE_FILE);
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject(SUBJECT)
                    .claim("roles", List.of(normalised))
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(LIFETIME)));
            if (memberId != null && !memberId.isBlank()) {
                claims.claim("member_id", memberId);
            }
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build();
            SignedJWT jwt = new SignedJWT(header, claims.build());
            jwt.sign(new RSASSASigner(Pem.readPrivateKey(keyFile)));
            return jwt.serialize();
        } catch (NoSuchFileException missing) {
            throw new IllegalStateException("no signing key at " + keyFile.toAbsolutePath()
                    + ": run DevKeys first (./run does)");
        } catch (IOException | GeneralSecurityException | JOSEException | IllegalArgumentException broken) {
            throw new IllegalStateException("cannot sign with " + keyFile.toAbsolutePath() + ": " + broken.getMessage(),
                    broken);
        }
    }

    static boolean keyExists(Path keysDir) {
        return Files.exists(keysDir.resolve(DevKeys.PRIVATE_FILE));
    }
}
