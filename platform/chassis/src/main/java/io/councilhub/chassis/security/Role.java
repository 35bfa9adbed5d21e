package io.councilhub.chassis.security;

/** What a caller may do: the secretariat everything, officers read all, vote and review, members their own. */
public enum Role {
    SECRETARIAT,
    OFFICER,
    MEMBER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
