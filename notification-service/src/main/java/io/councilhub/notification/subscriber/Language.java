package io.councilhub.notification.subscriber;

import java.util.Locale;

/** The language a recipient reads: Japanese unless they chose English. */
public enum Language {
    JA, EN;

    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /** {@code ja}, {@code en} (any case); anything else, blank included, is Japanese. */
    public static Language of(String code) {
        return code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : JA;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
