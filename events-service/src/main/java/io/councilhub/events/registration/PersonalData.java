package io.councilhub.events.registration;

/** Masks personal data for anything that might be printed: the first character stays, the rest becomes {@code *}. */
final class PersonalData {

    private PersonalData() {
    }

    static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }
}
