package io.councilhub.gateway.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A user of an external OIDC provider gets our roles from the configured claim, mapped as configured. */
class OidcRoleMappingTest {

    @Test
    void groupsOfTheProviderBecomeOurRolesThroughTheMapping() {
        OidcRoleMapping mapping = new OidcRoleMapping(new IdentitySettings.Oidc("groups", "member_id",
                Map.of("council-secretariat", "SECRETARIAT", "council-board", "OFFICER")));

        var roles = mapping.mapAuthorities(List.of(authority(Map.of("groups", List.of("council-board", "staff-canteen")))));

        assertThat(roles).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OFFICER");
    }

    @Test
    void withoutAMappingOurRoleNamesAreTakenAsTheyAreAndOthersIgnored() {
        OidcRoleMapping mapping = new OidcRoleMapping(new IdentitySettings.Oidc("roles", "member_id", Map.of()));

        var roles = mapping.mapAuthorities(List.of(authority(Map.of("roles", "SECRETARIAT admin"))));
        var none = mapping.mapAuthorities(List.of(authority(Map.of("email", "someone@example.org"))));

        assertThat(roles).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_SECRETARIAT");
        assertThat(none).isEmpty();
    }

    @Test
    void memberCountsOnlyForAUserWhoseOrganisationTheProviderNames() {
        OidcRoleMapping mapping = new OidcRoleMapping(new IdentitySettings.Oidc("groups", "organisation_id",
                Map.of("/members/kozaki", "MEMBER")));

        var withOrganisation = mapping.mapAuthorities(List.of(authority(Map.of("groups", List.of("/members/kozaki"),
                "organisation_id", "m-kozaki"))));
        var without = mapping.mapAuthorities(List.of(authority(Map.of("groups", List.of("/members/kozaki")))));

        assertThat(withOrganisation).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MEMBER");
        assertThat(without).isEmpty();
    }

    private static OidcUserAuthority authority(Map<String, Object> claims) {
        Map<String, Object> all = new java.util.HashMap<>(claims);
        all.put("sub", "user-1");
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), all);
        return new OidcUserAuthority(token);
    }
}
