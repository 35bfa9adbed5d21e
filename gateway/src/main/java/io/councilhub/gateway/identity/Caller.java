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

    Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller of an authenticated request; empty for none or an anonymous one. */
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
            return Optional.of(new Caller(jwt.getSubject(), roles, Optional.ofNullable(jwt.getClaimAsString(memberClaim))));
        }
        if (principal instanceof OidcUser oidc) {
            String subject = oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getSubject();
            return Optional.of(new Caller(subject, roles, Optional.ofNullable(oidc.getClaimAsString(memberClaim))));
        }
        if (principal instanceof OAuth2User user) {
            Object member = user.getAttribute(memberClaim);
            return Optional.of(new Caller(user.getName(), roles, Optional.ofNullable(member).map(Object::toString)));
        }
        return Optional.of(new Caller(authentication.getName(), roles, Optional.empty()));
    }
}
