package io.councilhub.gateway.identity;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who the current request's user is, for pages that depend on it: the member organisation of a MEMBER user (the only
 * organisation the member portal ever asks the services about) and whether the user is staff.
 */
@Component
public class CurrentUser {

    private final String memberClaim;

    CurrentUser(IdentitySettings settings) {
        this.memberClaim = settings.oidc().memberClaim();
    }

    private Optional<Caller> caller() {
        return Caller.of(SecurityContextHolder.getContext().getAuthentication(), memberClaim);
    }

    /** The organisation of a MEMBER user; empty for staff, anonymous users and a MEMBER without one. */
    public Optional<String> memberId() {
        return caller().filter(caller -> caller.roles().contains(Role.MEMBER)).flatMap(Caller::memberId);
    }

    /**
     * The organisation the user answers for: a MEMBER user's, or the one an OFFICER user represents (役員 sit for
     * their organisations and answer its votes); empty for the secretariat, anonymous users and an officer without one.
     */
    public Optional<String> organisation() {
        return caller().filter(caller -> caller.roles().contains(Role.MEMBER) || caller.roles().contains(Role.OFFICER))
                .flatMap(Caller::memberId);
    }

    /** A MEMBER user who is neither SECRETARIAT nor OFFICER: the member portal is their page. */
    public boolean memberOnly() {
        return caller().map(LandingPage::memberOnly).orElse(false);
    }

    /** SECRETARIAT: may change what the dashboard shows. */
    public boolean secretariat() {
        return caller().map(caller -> caller.roles().contains(Role.SECRETARIAT)).orElse(false);
    }
}
