package io.councilhub.gateway.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;

import java.security.SecureRandom;

/**
 * On a first start (no user at all) creates {@code admin}, a SECRETARIAT user, with the password from
 * COUNCILHUB_ADMIN_PASSWORD, or a generated one printed once to the log.
 */
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffAccounts accounts;
    private final IdentitySettings settings;

    AdminBootstrap(StaffAccounts accounts, IdentitySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUser()) {
            return;
        }
        boolean given = settings.adminPassword() != null;
        String password = given ? settings.adminPassword() : generated();
        try {
            accounts.bootstrapAdmin(password);
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return;
        }
        if (given) {
            log.info("First start: created the administrator 'admin' (SECRETARIAT) with the password from COUNCILHUB_ADMIN_PASSWORD");
        } else {
            log.warn("First start: created the administrator 'admin' (SECRETARIAT) with the generated password {} "
                    + "(shown only this once: log in and change it, or set COUNCILHUB_ADMIN_PASSWORD)", password);
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
