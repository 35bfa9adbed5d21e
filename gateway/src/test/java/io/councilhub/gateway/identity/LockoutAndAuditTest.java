package io.councilhub.gateway.identity;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords: five failures in a row lock the account for the form and the token endpoint alike, even for
 * the right password; the audit log shows each attempt and the lockout; the secretariat can lift it.
 */
class LockoutAndAuditTest extends IdentityTestBase {

    @Test
    void fiveFailedLoginsLockTheAccountForTheFormAndTheTokenEndpoint() {
        createUser("guessed-officer", "right-password-1", "OFFICER", null);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(token("guessed-officer", "wrong-" + attempt).statusCode()).isEqualTo(401);
        }
        Browser browser = browser();
        HttpResponse<String> fifth = browser.logIn("guessed-officer", "wrong-5");
        assertThat(fifth.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));

        HttpResponse<String> locked = token("guessed-officer", "right-password-1");
        assertThat(locked.statusCode()).isEqualTo(423);
        assertThat(json(locked).get("detail").asString()).contains("locked");
        HttpResponse<String> lockedForm = browser.logIn("guessed-officer", "right-password-1");
        assertThat(lockedForm.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?locked"));
        assertThat(browser.get("/login?locked").body()).contains("ロックされています");

        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);
        String audit = admin.get("/dashboard/admin/login-audit").body();
        assertThat(rowsOf(audit, "guessed-officer", "LOGIN_FAILED")).as("five wrong passwords, two tries while locked").isEqualTo(7);
        assertThat(rowsOf(audit, "guessed-officer", "LOCKED_OUT")).isEqualTo(1);
        assertThat(audit).contains("ログイン失敗", "ロック", "127.0.0.1");

        HttpResponse<String> unlocked = admin.submit("/dashboard/admin/users/guessed-officer",
                "/dashboard/admin/users/guessed-officer/unlock", Map.of());
        assertThat(unlocked.statusCode()).isEqualTo(302);
        assertThat(token("guessed-officer", "right-password-1").statusCode()).isEqualTo(200);
    }

    @Test
    void successTokensAndLogoutAreAudited() {
        createUser("audited-officer", "right-password-2", "OFFICER", null);
        Browser officer = browser();
        officer.logIn("audited-officer", "right-password-2");
        officer.submit("/login", "/logout", Map.of());
        accessToken("audited-officer", "right-password-2");

        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);
        String audit = admin.get("/dashboard/admin/login-audit").body();

        for (String kind : List.of("LOGIN_SUCCEEDED", "LOGGED_OUT", "TOKEN_ISSUED")) {
            assertThat(rowsOf(audit, "audited-officer", kind)).as(kind).isEqualTo(1);
        }
    }

    @Test
    void anOfficerCannotOpenTheAdministration() {
        createUser("curious-officer", "right-password-3", "OFFICER", null);
        Browser officer = browser();
        officer.logIn("curious-officer", "right-password-3");

        assertThat(officer.get("/dashboard/admin/users").statusCode()).isEqualTo(403);
        assertThat(officer.get("/dashboard/admin/login-audit").statusCode()).isEqualTo(403);
    }

    /** Table rows of the audit page for one user and one kind of event. */
    private static long rowsOf(String page, String username, String kind) {
        String body = page.substring(page.indexOf("<tbody>"));
        long count = 0;
        for (String row : body.split("<tr")) {
            if (row.contains("data-kind=\"" + kind + "\"") && row.contains(">" + username + "<")) {
                count++;
            }
        }
        return count;
    }
}
