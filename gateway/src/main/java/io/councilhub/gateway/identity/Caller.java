package io.councilhub.gateway.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request comes from, as the services are told: subject, roles and, for a MEMBER, the organisation. Made from
 * whatever authenticated the request: a dashboard session, a bearer token, or an external OIDC login.
 */
record Caller(String subject, Set<Role> roles, Optional<String> memberId) {

    /** The claim of the gateway's own tokens naming a MEMBER user's organisation, as the services read it. */
    static final String MEMBER_ID = "member_id";

    Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The caller of an authenticated request; empty for none or an anonymous one.
     *
     * @param memberClaim the claim of an external OIDC provider naming a MEMBER user's organisation (a bearer token
     *                    the gateway signed names it in {@link #MEMBER_ID})
     */
    static Optional<Caller> of(Authentication authentication, String memberClaim) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role role = Role.ofAuthority(authority.getAuthority());
            if (role != null) {
                roles.add(role);
            }
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof StaffPrincipal staff) {
            return Optional.of(new Caller(staff.username(), roles, staff.memberId()));
        }
        if (principal instanceof Jwt jwt) {
            return Optional.of(new Caller(jwt.getSubject(), roles, Optional.ofNullable(jwt.getClaimAsString(MEMBER_ID))));
        }
        if (principal instanceof OidcUser oidc) {
            // named by OidcUsers: the provider's login name (preferred_username), else its subject
            return Optional.of(new Caller(oidc.getName(), roles, Optional.ofNullable(oidc.getClaimAsString(memberClaim))));
        }
        if (principal instanceof OAuth2User user) {
            Object member = user.getAttribute(memberClaim);
            return Optional.of(new Caller(user.getName(), roles, Optional.ofNullable(member).map(Object::toString)));
        }
        return Optional.of(new Caller(authentication.getName(), roles, Optional.empty()));
    }
}
