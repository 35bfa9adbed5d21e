package io.councilhub.gateway.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start of an empty store creates {@code admin}, a SECRETARIAT user, with the configured password. */
class AdminBootstrapTest extends IdentityTestBase {

    @Test
    void theFirstStartCreatesTheAdministratorWithThePasswordFromTheEnvironment() {
        var users = json(get("/api/auth/users", accessToken("admin", ADMIN_PASSWORD)));

        var admin = users.get("items").valueStream().filter(user -> user.get("username").asString().equals("admin"))
                .findFirst().orElseThrow();
        assertThat(admin.get("roles").get(0).asString()).isEqualTo("SECRETARIAT");
        assertThat(admin.get("enabled").asBoolean()).isTrue();
    }
}
