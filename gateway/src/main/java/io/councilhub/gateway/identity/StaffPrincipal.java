package io.councilhub.gateway.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/** A logged-in user of the gateway's own user store, as kept in the dashboard session. */
record StaffPrincipal(String username, String displayName, Set<Role> roles, String member) implements Principal, Serializable {

    Optional<String> memberId() {
        return Optional.ofNullable(member);
    }

    @Override
    public String getName() {
        return username;
    }
}
