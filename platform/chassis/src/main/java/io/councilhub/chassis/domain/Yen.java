package io.councilhub.chassis.domain;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of money in whole yen. Never a floating-point number. Formats as the council's papers
 * print it: {@code 494,100円}; a negative change as {@code △ 63,900}.
 */
public record Yen(long amount) implements Comparable<Yen> {

    public static final Yen ZERO = new Yen(0);

    public static Yen of(long amount) {
        return new Yen(amount);
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(amount, other.amount));
    }

    public Yen minus(Yen other) {
        return new Yen(Math.subtractExact(amount, other.amount));
    }

    public Yen times(long factor) {
        return new Yen(Math.multiplyExact(amount, factor));
    }

    public boolean isNegative() {
        return amount < 0;
    }

    /** With the yen sign: {@code 494,100円}, {@code △ 63,900円}. */
    public String format() {
        return formatPlain() + "円";
    }

    /** As a table cell under a 円 column: {@code 494,100}, and a negative as {@code △ 63,900}. */
    public String formatPlain() {
        String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(Math.abs(amount));
        return amount < 0 ? "△ " + digits : digits;
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public String toString() {
        return format();
    }
}
