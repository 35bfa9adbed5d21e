package io.councilhub.events.meeting;

import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which meetings a caller may read: anyone the PUBLIC ones; a MEMBER also the members' meetings; officers and the
 * secretariat all, including the officers' own (幹事会). A meeting the caller may not read is a 404.
 */
public final class Readers {

    private Readers() {
    }

    public static Set<Audience> audiencesFor(Authentication caller, JwtSettings jwt) {
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            return EnumSet.of(Audience.PUBLIC);
        }
        CouncilUser user = CouncilUser.from(caller, jwt);
        if (user.has(Role.SECRETARIAT) || user.has(Role.OFFICER)) {
            return EnumSet.allOf(Audience.class);
        }
        if (user.has(Role.MEMBER)) {
            return EnumSet.of(Audience.PUBLIC, Audience.MEMBERS);
        }
        return EnumSet.of(Audience.PUBLIC);
    }
}
