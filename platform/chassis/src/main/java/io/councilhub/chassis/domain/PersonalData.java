package io.councilhub.chassis.domain;

/**
 * Masks personal data (a contact, a registrant, a subscriber) for anything that may end up in a log
 * ({@code toString}): enough to
 * tell two values apart, not enough to identify or reach the person.
 */
public final class PersonalData {

    private static final String MASK = "***";

    private PersonalData() {
    }

    /** {@code 大***}: the first character only. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return new String(Character.toChars(name.codePointAt(0))) + MASK;
    }

    /** {@code j***@example.jp}: the first character and the domain. */
    public static String email(String email) {
        if (email == null || email.isEmpty()) {
            return email;
        }
        int at = email.lastIndexOf('@');
        return at <= 0 ? MASK : email.charAt(0) + MASK + email.substring(at);
    }

    /** {@code 0**-****-**66}: every digit but the first and the last two becomes {@code *}. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        StringBuilder masked = new StringBuilder(phone.length());
        int seen = 0;
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen == 1 || seen > digits - 2 ? c : '*');
            } else {
                masked.append(c == '-' ? '-' : '*');
            }
        }
        return masked.toString();
    }

    /** Any other personal text (a department, a title, a cell of a sheet): never shown. */
    public static String text(String text) {
        return text == null ? null : MASK;
    }
}
