package io.councilhub.gateway.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who logs in to the gateway: staff of the secretariat, an officer, or a member organisation's contact.
 * The password is kept as a BCrypt hash only. Failed logins in a row are counted; enough of them lock the account
 * for a while.
 */
@Document("staff_users")
final class StaffUser {

    @Id
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Set<Role> roles;
    private final String memberId;
    private boolean enabled;
    private int failedAttempts;
    private Instant lockedUntil;

    @PersistenceCreator
    StaffUser(String username, String displayName, String passwordHash, Set<Role> roles, String memberId,
              boolean enabled, int failedAttempts, Instant lockedUntil) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.memberId = memberId;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
    }

    /**
     * A new, enabled user. A MEMBER user belongs to exactly one member organisation; an OFFICER user may belong to
     * the one it represents (役員 sit for their organisations, and then answer its votes); a SECRETARIAT user to none.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    static StaffUser create(String username, String displayName, String passwordHash, Set<Role> roles, String memberId) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidUser("roles", "at least one role is required");
        }
        boolean member = roles.contains(Role.MEMBER);
        String organisation = memberId == null || memberId.isBlank() ? null : memberId.strip();
        if (member && organisation == null) {
            throw new InvalidUser("memberId", "a MEMBER user must belong to a member organisation");
        }
        if (!member && !roles.contains(Role.OFFICER) && organisation != null) {
            throw new InvalidUser("memberId", "only a MEMBER or an OFFICER user belongs to a member organisation");
        }
        if (member && roles.size() > 1) {
            throw new InvalidUser("roles", "a MEMBER user has no other role");
        }
        return new StaffUser(username, displayName, passwordHash, roles, organisation, true, 0, null);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return roles;
    }

    Optional<String> memberId() {
        return Optional.ofNullable(memberId);
    }

    boolean enabled() {
        return enabled;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    /** A new password set by the secretariat; also lifts a lockout. */
    void resetPassword(String newHash) {
        passwordHash = newHash;
        unlock();
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    StaffPrincipal principal() {
        return new StaffPrincipal(username, displayName, roles, memberId);
    }

    /** A user that cannot be made as asked: {@link #field()} says which input is wrong. */
    static final class InvalidUser extends IllegalArgumentException {

        private final String field;

        InvalidUser(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
