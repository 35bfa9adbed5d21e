package io.councilhub.gateway.identity;

/** What a user may do: the secretariat everything, officers read all, vote and review, members their own organisation. */
enum Role {
    SECRETARIAT,
    OFFICER,
    MEMBER;

    /** The Spring Security authority of this role. */
    String authority() {
        return "ROLE_" + name();
    }

    /** The role of an authority ({@code ROLE_OFFICER}), or null for any other authority. */
    static Role ofAuthority(String authority) {
        for (Role role : values()) {
            if (role.authority().equals(authority)) {
                return role;
            }
        }
        return null;
    }

    /** The role of a name ({@code OFFICER}), or null. */
    static Role ofName(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
