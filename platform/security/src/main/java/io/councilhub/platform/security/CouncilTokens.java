package io.councilhub.platform.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * The claims every council token must carry, checked the same way by the gateway (for the tokens it issues to API
 * clients) and by every service (for the tokens the gateway relays): not expired, with an expiry at all, from the
 * expected issuer, for the council's audience. The signature (RS256, pinned) is the decoder's part.
 */
public final class CouncilTokens {

    private CouncilTokens() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration clockSkew) {
        return validator(issuer, audience, clockSkew, Clock.systemUTC());
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration clockSkew, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }
}
