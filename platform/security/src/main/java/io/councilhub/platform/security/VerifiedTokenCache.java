package io.councilhub.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks each distinct token's signature once. A caller sends the same token with every request for its lifetime
 * (the gateway reuses a relayed token for half of its 60 s), and parsing it and checking an RS256 signature cost more
 * than the rest of a simple read. A token seen before, byte for byte, was signed by a trusted key, so only its claims
 * are checked again (expiry above all), on every use. A token that fails is never kept.
 *
 * <p>The cache holds at most {@code capacity} tokens and is emptied when full: tokens live for minutes, and a council
 * has hundreds of callers, not millions. With keys from a JWK set, a token verified before its key was withdrawn
 * stays accepted until it expires; relayed tokens expire within a minute.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param verifier checks the signature and {@code claims} of a token not seen before (its own validator must be
     *                 {@code claims} or stricter)
     * @param claims   what is checked again on every later use of a verified token
     */
    public VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.verifier = verifier;
        this.claims = claims;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known == null) {
            Jwt checked = verifier.decode(token);
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, checked);
            return checked;
        }
        OAuth2TokenValidatorResult result = claims.validate(known);
        if (result.hasErrors()) {
            verified.remove(token);
            OAuth2Error first = result.getErrors().iterator().next();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + first.getDescription(), result.getErrors());
        }
        return known;
    }

    int size() {
        return verified.size();
    }
}
