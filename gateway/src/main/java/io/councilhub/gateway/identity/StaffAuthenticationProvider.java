package io.councilhub.gateway.identity;

import io.councilhub.gateway.identity.LoginEvent.Kind;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The dashboard's form login against the gateway's own users, with lockout and audit. */
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final StaffAccounts accounts;

    StaffAuthenticationProvider(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String remoteAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        StaffUser user = accounts.authenticate(authentication.getName(), password, remoteAddress, Kind.LOGIN_SUCCEEDED);
        return authenticated(user.principal());
    }

    static UsernamePasswordAuthenticationToken authenticated(StaffPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
