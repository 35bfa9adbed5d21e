package io.councilhub.chassis.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked on construction; the domain part is lower-cased. Personal data: log it
 * only through {@link #masked()}.
 */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final int MAX_LENGTH = 254;

    public Email {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an e-mail address is required");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        int at = value.lastIndexOf('@');
        value = value.substring(0, at) + "@" + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static Email of(String value) {
        return new Email(value);
    }

    /** {@code o***@example.jp}: enough to tell addresses apart in a log, not enough to write to. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
