package io.councilhub.gateway.identity;

import io.councilhub.gateway.identity.LoginEvent.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Logs users in against the gateway's own store (BCrypt), counts failed attempts and locks an account after
 * too many, writes the audit log, and lets the secretariat manage users.
 */
class StaffAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final StaffUsers users;
    private final LoginAudit audit;
    private final MongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final IdentitySettings settings;
    private final Clock clock;
    /** Checked against when the username is unknown, so a wrong name takes as long as a wrong password. */
    private final String decoyHash;

    StaffAccounts(StaffUsers users, LoginAudit audit, MongoTemplate mongo, PasswordEncoder passwords,
                  IdentitySettings settings, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.mongo = mongo;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * The user whose password this is, or an exception saying why not: {@link BadCredentialsException} (unknown
     * user or wrong password), {@link LockedException} (too many failures; also thrown for the right password while
     * locked), {@link DisabledException}. Every outcome is audited.
     *
     * @param success what to record when the login succeeds ({@link Kind#LOGIN_SUCCEEDED} or {@link Kind#TOKEN_ISSUED})
     */
    StaffUser authenticate(String username, String password, String remoteAddress, Kind success) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip();
        Optional<StaffUser> found = name.isEmpty() ? Optional.empty() : users.findById(name);
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, decoyHash);
            record(Kind.LOGIN_FAILED, name, remoteAddress, "unknown user");
            throw new BadCredentialsException("the username or the password is wrong");
        }
        StaffUser user = found.get();
        if (user.lockedAt(now)) {
            record(Kind.LOGIN_FAILED, name, remoteAddress, "locked until " + user.lockedUntil().orElseThrow());
            throw new LockedException(lockedMessage(user.lockedUntil().orElseThrow()));
        }
        if (password == null || !passwords.matches(password, user.passwordHash())) {
            recordFailure(user, now, remoteAddress);
            throw new BadCredentialsException("the username or the password is wrong");
        }
        if (!user.enabled()) {
            record(Kind.LOGIN_FAILED, name, remoteAddress, "disabled");
            throw new DisabledException("this account is disabled; ask the secretariat");
        }
        if (user.failedAttempts() > 0 || user.lockedUntil().isPresent()) {
            mongo.updateFirst(byUsername(name), new Update().set("failedAttempts", 0).unset("lockedUntil"), StaffUser.class);
        }
        record(success, name, remoteAddress, null);
        return user;
    }

    /** Counts the failure atomically (parallel guesses are all counted) and locks the account at the limit. */
    private void recordFailure(StaffUser user, Instant now, String remoteAddress) {
        StaffUser counted = mongo.findAndModify(byUsername(user.username()), new Update().inc("failedAttempts", 1),
                FindAndModifyOptions.options().returnNew(true), StaffUser.class);
        int failures = counted == null ? user.failedAttempts() + 1 : counted.failedAttempts();
        record(Kind.LOGIN_FAILED, user.username(), remoteAddress, "wrong password (" + failures + " in a row)");
        if (failures >= settings.maxFailedAttempts()) {
            Instant until = now.plus(settings.lockoutDuration());
            mongo.updateFirst(byUsername(user.username()),
                    new Update().set("failedAttempts", 0).set("lockedUntil", until), StaffUser.class);
            record(Kind.LOCKED_OUT, user.username(), remoteAddress, "locked until " + until);
        }
    }

    static String lockedMessage(Instant until) {
        return "this account is locked after too many failed logins until " + until
                + "; try again later or ask the secretariat to unlock it";
    }

    void loggedOut(String username, String remoteAddress) {
        record(Kind.LOGGED_OUT, username, remoteAddress, null);
    }

    void record(Kind kind, String username, String remoteAddress, String detail) {
        audit.save(new LoginEvent(null, kind, username, remoteAddress, clock.instant(), detail));
    }

    // ------------------------------------------------------------------------------------------- administration

    List<StaffUser> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    Optional<StaffUser> find(String username) {
        return username == null || !USERNAME.matcher(username).matches() ? Optional.empty() : users.findById(username);
    }

    /**
     * A new user.
     *
     * @throws StaffUser.InvalidUser naming the field that is wrong, the username taken included
     */
    StaffUser create(NewUser request) {
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffUser.InvalidUser("username",
                    "3 to 64 characters: lower-case letters, digits and . _ @ -, starting with a letter or digit");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new StaffUser.InvalidUser("displayName", "a display name is required");
        }
        checkPassword("password", request.password());
        StaffUser user = StaffUser.create(username, request.displayName().strip(), passwords.encode(request.password()),
                request.roles(), request.memberId());
        if (users.existsById(username)) {
            throw new StaffUser.InvalidUser("username", "this username is taken");
        }
        try {
            return users.insert(user);
        } catch (DuplicateKeyException taken) {
            throw new StaffUser.InvalidUser("username", "this username is taken");
        }
    }

    void disable(StaffUser user) {
        user.disable();
        users.save(user);
    }

    void enable(StaffUser user) {
        user.enable();
        users.save(user);
    }

    void unlock(StaffUser user) {
        user.unlock();
        users.save(user);
    }

    /** @throws StaffUser.InvalidUser (field {@code password}) for a password too short */
    void resetPassword(StaffUser user, String newPassword) {
        checkPassword("password", newPassword);
        user.resetPassword(passwords.encode(newPassword));
        users.save(user);
    }

    List<LoginEvent> latestEvents(int count) {
        return audit.findAllByOrderByAtDesc(org.springframework.data.domain.PageRequest.of(0, count));
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new StaffUser.InvalidUser(field, "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 72) {
            throw new StaffUser.InvalidUser(field, "at most 72 characters (BCrypt reads no further)");
        }
    }

    boolean anyUser() {
        return users.count() > 0;
    }

    StaffUser bootstrapAdmin(String password) {
        return users.insert(StaffUser.create("admin", "事務局管理者 (Administrator)", passwords.encode(password),
                Set.of(Role.SECRETARIAT), null));
    }

    private static Query byUsername(String username) {
        return Query.query(Criteria.where("_id").is(username));
    }

    /** What the secretariat asks for when it creates a user. */
    record NewUser(String username, String displayName, String password, Set<Role> roles, String memberId) {
    }
}
