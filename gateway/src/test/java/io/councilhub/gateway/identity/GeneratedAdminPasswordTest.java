package io.councilhub.gateway.identity;

import io.councilhub.gateway.GatewayTestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without COUNCILHUB_ADMIN_PASSWORD the first start still creates {@code admin}, with a generated password (logged
 * once), never an empty or well-known one; a second start leaves the users as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "councilhub.identity.admin-password=")
class GeneratedAdminPasswordTest extends IdentityTestBase {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    IdentitySettings settings;

    @Test
    void theAdministratorGetsAGeneratedPasswordAndARestartKeepsIt() {
        var admin = json(get("/api/auth/users/admin", GatewayTestTokens.secretariat()));
        assertThat(admin.get("roles").get(0).asString()).isEqualTo("SECRETARIAT");
        for (String guess : new String[] {"", "admin", "password", ADMIN_PASSWORD}) {
            assertThat(token("admin", guess.isEmpty() ? " " : guess).statusCode()).as(guess).isEqualTo(401);
        }
        accounts.unlock(accounts.find("admin").orElseThrow());
        String hash = accounts.find("admin").orElseThrow().passwordHash();

        new AdminBootstrap(accounts, settings).run(null);

        assertThat(accounts.all()).hasSize(1);
        assertThat(accounts.find("admin").orElseThrow().passwordHash()).isEqualTo(hash);
    }
}
