package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.InvalidFieldException;

import java.util.List;
import java.util.Locale;

/** What a contact person is the member's contact for. A member has at most one PRIMARY. */
public enum ContactRole {
    /** 主担当: the person the secretariat writes to first. */
    PRIMARY("主担当", "主"),
    /** 請求担当: receives the dues invoice. */
    BILLING("請求担当", "請求"),
    /** メルマガ: receives the newsletter. */
    NEWSLETTER("メルマガ", "メールマガジン");

    private final String label;
    private final List<String> aliases;

    ContactRole(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The Japanese label, as the secretariat calls it. */
    public String label() {
        return label;
    }

    /** A role from a sheet cell: the code in any case ({@code primary}) or the Japanese label ({@code 主担当}). */
    public static ContactRole parse(String text) {
        String value = text.strip();
        for (ContactRole role : values()) {
            if (role.name().equals(value.toUpperCase(Locale.ROOT)) || role.label.equals(value)
                    || role.aliases.contains(value)) {
                return role;
            }
        }
        throw new InvalidFieldException("roles", "unknown role; use PRIMARY (主担当), BILLING (請求担当) or NEWSLETTER (メルマガ)");
    }
}
