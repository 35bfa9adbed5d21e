package io.councilhub.chassis.sheet;

/**
 * CSV injection safety: a cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a
 * carriage return) is written behind a {@code '}, which Excel shows as text, and read back without it.
 */
final class FormulaCells {

    private static final String FORMULA_START = "=+-@\t\r";

    private FormulaCells() {
    }

    static String escape(String value) {
        if (value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String unescape(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
