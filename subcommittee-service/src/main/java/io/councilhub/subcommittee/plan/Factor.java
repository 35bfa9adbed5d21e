package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.InvalidFieldException;

/**
 * One multiplier of a cost item: {@code ×2名}, {@code ×4回}, {@code ×9か月}, {@code ×2か所}. A positive whole
 * number of people, times, months or places, with the unit label it prints with (the kind's usual label when none
 * is given; an empty label prints the bare number, as the packet's {@code ×1}).
 */
public record Factor(Kind kind, int quantity, String unit) {

    /** What is counted; an item multiplies by each kind at most once. */
    public enum Kind {
        PEOPLE("名"), TIMES("回"), MONTHS("か月"), PLACES("か所");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String defaultUnit() {
            return unit;
        }
    }

    public static final int MAX_QUANTITY = 10_000;

    public Factor {
        if (kind == null) {
            throw new InvalidFieldException("kind", "must be one of PEOPLE, TIMES, MONTHS, PLACES");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidFieldException("quantity", "must be a whole number from 1 to " + MAX_QUANTITY);
        }
        unit = unit == null ? kind.defaultUnit() : unit.strip();
        if (unit.length() > 10) {
            throw new InvalidFieldException("unit", "must be at most 10 characters");
        }
    }

    public static Factor of(Kind kind, int quantity) {
        return new Factor(kind, quantity, null);
    }

    /** {@code 2名}. */
    public String label() {
        return quantity + unit;
    }
}
