package io.councilhub.devstack;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The devstack's keys are made once and its tokens carry what the chassis' resource server checks. */
class DevTokensTest {

    @TempDir
    Path keys;

    @Test
    void keysAreMadeOnTheFirstRunOnly() throws Exception {
        assertThat(DevKeys.ensure(keys)).contains("created");
        String privateKey = Files.readString(keys.resolve(DevKeys.PRIVATE_FILE));
        String publicKey = Files.readString(keys.resolve(DevKeys.PUBLIC_FILE));

        assertThat(DevKeys.ensure(keys)).contains("existing");

        assertThat(privateKey).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicKey).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(Files.readString(keys.resolve(DevKeys.PRIVATE_FILE))).isEqualTo(privateKey);
        assertThat(Pem.readPublicKey(keys.resolve(DevKeys.PUBLIC_FILE)).getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void halfAKeyPairIsRefusedRatherThanOverwritten() throws Exception {
        DevKeys.ensure(keys);
        Files.delete(keys.resolve(DevKeys.PUBLIC_FILE));

        assertThatThrownBy(() -> DevKeys.ensure(keys)).hasMessageContaining("only one of");
    }

    @Test
    void aTokenIsSignedRs256ForTheGatewaysIssuerAndOurAudienceFor12Hours() throws Exception {
        DevKeys.ensure(keys);

        SignedJWT jwt = SignedJWT.parse(DevTokens.mint(keys, "officer", null));

        assertThat(jwt.verify(new RSASSAVerifier(Pem.readPublicKey(keys.resolve(DevKeys.PUBLIC_FILE))))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("devstack");
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("urn:councilhub:gateway");
        assertThat(claims.getAudience()).containsExactly("councilhub");
        assertThat(claims.getSubject()).isEqualTo("devstack-admin");
        assertThat(claims.getStringListClaim("roles")).containsExactly("OFFICER");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(12));
        assertThat(claims.getClaim("member_id")).isNull();
    }

    @Test
    void aMemberTokenNamesItsOrganisation() throws Exception {
        DevKeys.ensure(keys);

        var claims = SignedJWT.parse(DevTokens.mint(keys, "MEMBER", "m-42")).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(claims.getStringClaim("member_id")).isEqualTo("m-42");
    }

    @Test
    void anUnknownRoleOrAMissingKeyIsSaidPlainly() {
        assertThatThrownBy(() -> DevTokens.mint(keys, "BOSS", null)).hasMessageContaining("unknown role 'BOSS'");
        assertThatThrownBy(() -> DevTokens.mint(keys, "SECRETARIAT", null)).hasMessageContaining("run DevKeys first");
    }
}
