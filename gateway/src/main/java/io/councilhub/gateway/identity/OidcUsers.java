package io.councilhub.gateway.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Who logged in at the external OIDC provider, as the gateway keeps them in the session: the provider's user (ID token
 * and user info) with our roles from {@link OidcRoleMapping} instead of the provider's authorities, named by the
 * provider's {@code user-name-attribute} when the operator set one, else by {@code preferred_username} (the login
 * name people know; {@code sub} is often an opaque id), else by {@code sub}. That name is what the dashboard shows, the
 * audit log records and the services receive as {@code sub}. A user none of whose values maps to one of our roles is
 * not logged in at all ({@link NoCouncilRole}); nor is one whose name is a local user's, in any letter case
 * ({@link NameTaken}): the services would take them for that user (a newsletter's reviewer, the author in an audit).
 */
final class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final OidcRoleMapping roles;
    private final Predicate<String> localUser;

    /**
     * @param localUser whether a name (in lower case) is a user of the gateway's own store
     */
    OidcUsers(OidcRoleMapping roles, Predicate<String> localUser) {
        this.roles = roles;
        this.localUser = localUser;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String nameClaim = nameClaim(request, user);
        Collection<? extends GrantedAuthority> mapped = roles.mapAuthorities(user.getAuthorities());
        String name = user.getClaimAsString(nameClaim);
        if (mapped.isEmpty()) {
            throw new NoCouncilRole(name);
        }
        if (name == null || localUser.test(name.toLowerCase(Locale.ROOT))) {
            throw new NameTaken(name);
        }
        return new DefaultOidcUser(mapped, user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    private static String nameClaim(OidcUserRequest request, OidcUser user) {
        String configured = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        if (configured != null && !configured.isBlank() && !configured.equals(IdTokenClaimNames.SUB)
                && user.getClaimAsString(configured) != null) {
            return configured;
        }
        String preferred = user.getClaimAsString(StandardClaimNames.PREFERRED_USERNAME);
        return preferred != null && !preferred.isBlank() ? StandardClaimNames.PREFERRED_USERNAME : IdTokenClaimNames.SUB;
    }

    /** The provider's name for the user is the name of a user of the gateway's own (or the provider gave none). */
    static final class NameTaken extends OAuth2AuthenticationException {

        private final String username;

        NameTaken(String username) {
            super(new OAuth2Error("name_taken", "the provider's user name is a local user's", null));
            this.username = username;
        }

        /** The user's name at the provider. */
        String username() {
            return username;
        }
    }

    /** The provider vouched for the user, but nothing the provider says about them maps to one of our roles. */
    static final class NoCouncilRole extends OAuth2AuthenticationException {

        private final String username;

        NoCouncilRole(String username) {
            super(new OAuth2Error("no_council_role", "no value of the roles claim maps to a councilhub role", null));
            this.username = username;
        }

        /** The user's name at the provider. */
        String username() {
            return username;
        }
    }
}
