package io.councilhub.chassis.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.time.Duration;

/**
 * How a service checks the tokens it is given. Exactly one key source: {@code publicKeyLocation}
 * (a PEM file, the devstack's) or {@code jwkSetUri} (the gateway's or an OIDC provider's JWKS).
 *
 * @param issuer            the required {@code iss}
 * @param audience          the required member of {@code aud}
 * @param publicKeyLocation the issuer's RSA public key as PEM
 * @param jwkSetUri         the issuer's JWK set
 * @param rolesClaim        the claim that lists the caller's roles
 * @param memberClaim       the claim naming the member organisation of a MEMBER user
 * @param clockSkew         tolerance on {@code exp} and {@code nbf}
 */
@ConfigurationProperties("councilhub.security.jwt")
public record JwtSettings(@DefaultValue("urn:councilhub:gateway") String issuer,
                          @DefaultValue("councilhub") String audience,
                          Resource publicKeyLocation,
                          String jwkSetUri,
                          @DefaultValue("roles") String rolesClaim,
                          @DefaultValue("member_id") String memberClaim,
                          @DefaultValue("30s") Duration clockSkew) {
}
