package io.councilhub.membership.member;

import java.util.Objects;

/** The id of a member organisation (a UUID in text form, as it travels in events). */
public record MemberId(String value) {

    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
