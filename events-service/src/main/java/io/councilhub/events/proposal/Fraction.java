package io.councilhub.events.proposal;

/** A share such as {@code 1/2} or {@code 2/3}, written so in the settings. */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a fraction from 0/1 to 1/1, such as 1/2 or 2/3: " + numerator + "/" + denominator);
        }
    }

    /** Reads {@code "2/3"} (the form the settings use). */
    public static Fraction of(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a fraction such as 1/2: " + text);
        }
        return new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** {@code part / whole >= this}. */
    boolean reachedBy(long part, long whole) {
        return part * denominator >= whole * numerator;
    }

    /** {@code part / whole > this}. */
    boolean exceededBy(long part, long whole) {
        return part * denominator > whole * numerator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
