package io.councilhub.chassis.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The caller of a request as the services see it: who, which roles, and for a MEMBER which organisation. */
public record CouncilUser(String subject, Set<Role> roles, Optional<String> memberId) {

    public static CouncilUser from(Authentication authentication, JwtSettings settings) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        Optional<String> memberId = authentication.getPrincipal() instanceof Jwt jwt
                ? Optional.ofNullable(jwt.getClaimAsString(settings.memberClaim())) : Optional.empty();
        return new CouncilUser(authentication.getName(), Set.copyOf(roles), memberId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** SECRETARIAT and OFFICER see every organisation; a MEMBER only its own. */
    public boolean maySee(String memberIdOfRecord) {
        return has(Role.SECRETARIAT) || has(Role.OFFICER) || memberId.filter(memberIdOfRecord::equals).isPresent();
    }
}
