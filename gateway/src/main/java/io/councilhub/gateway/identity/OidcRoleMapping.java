package io.councilhub.gateway.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a user who logged in at an external OIDC provider our roles, from one claim of the ID token or user info
 * (a list, or a space- or comma-separated string), translated by {@code councilhub.identity.oidc.role-mapping}.
 * MEMBER counts only for a user whose {@code member-claim} names its organisation (a member user without one could open
 * nothing of its own). A user left with none of our roles gets none; {@link OidcUsers} refuses such a login.
 */
class OidcRoleMapping implements GrantedAuthoritiesMapper {

    private final IdentitySettings.Oidc settings;

    OidcRoleMapping(IdentitySettings.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            Map<String, Object> claims = authority instanceof OidcUserAuthority oidc
                    ? oidc.getAttributes()
                    : authority instanceof OAuth2UserAuthority user ? user.getAttributes() : null;
            if (claims == null) {
                continue;
            }
            Object organisation = claims.get(settings.memberClaim());
            boolean hasOrganisation = organisation != null && !organisation.toString().isBlank();
            for (String value : values(claims.get(settings.rolesClaim()))) {
                Role role = Role.ofName(settings.roleMapping().isEmpty() ? value : settings.roleMapping().get(value));
                if (role != null && (role != Role.MEMBER || hasOrganisation)) {
                    mapped.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return mapped;
    }

    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim instanceof String text) {
            for (String value : text.split("[\\s,]+")) {
                if (!value.isBlank()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
