package io.councilhub.gateway.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the gateway's RS256 tokens: the short-lived one relayed to a service for each call, and the access token
 * an API client gets from {@code POST /api/auth/token}. A relayed token is reused for the same caller during the
 * first half of its life, so a busy client does not cost one RSA signature per request.
 */
final class GatewayTokens implements ServiceTokens {

    private static final int MAX_CACHED = 10_000;

    private final SigningKey key;
    private final RSASSASigner signer;
    private final IdentitySettings settings;
    private final Clock clock;
    private final Map<Caller, Signed> relayed = new ConcurrentHashMap<>();

    GatewayTokens(SigningKey key, IdentitySettings settings, Clock clock) {
        this.key = key;
        this.signer = new RSASSASigner(privateKey(key));
        this.settings = settings;
        this.clock = clock;
    }

    private static java.security.PrivateKey privateKey(SigningKey key) {
        try {
            return key.rsaKey().toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String currentUserToken() {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), settings.oidc().memberClaim())
                .orElseThrow(() -> new IllegalStateException("no authenticated user in this request"));
        return serviceToken(caller);
    }

    /** The token a service gets for a call by {@code caller}: fresh, or reused while more than half its life is left. */
    String serviceToken(Caller caller) {
        Instant now = clock.instant();
        Signed cached = relayed.get(caller);
        if (cached != null && now.isBefore(cached.reuseUntil())) {
            return cached.token();
        }
        Duration lifetime = settings.serviceTokenLifetime();
        String token = sign(caller, now, lifetime);
        if (relayed.size() >= MAX_CACHED) {
            relayed.clear();
        }
        relayed.put(caller, new Signed(token, now.plus(lifetime.dividedBy(2))));
        return token;
    }

    /** An access token for an API client, valid {@code councilhub.identity.access-token-lifetime}. */
    String accessToken(Caller caller) {
        return sign(caller, clock.instant(), settings.accessTokenLifetime());
    }

    String sign(Caller caller, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(caller.subject())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .claim("roles", caller.roles().stream().map(Role::name).sorted().toList());
        caller.memberId().ifPresent(member -> claims.claim(Caller.MEMBER_ID, member));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    private record Signed(String token, Instant reuseUntil) {
    }
}
