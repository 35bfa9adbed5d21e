package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;

import java.math.BigDecimal;

/**
 * Reads an amount of money from a request. Requests carry amounts as {@link BigDecimal} so that JSON's
 * {@code 100.5} reaches this check instead of being cut to 100 by the JSON reader: an amount is a whole
 * number of yen, zero or more, below 10^12.
 */
public final class Amounts {

    /** 10^12 yen: no amount of the council's comes near it; anything at or above is a typing error. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    private Amounts() {
    }

    public static Yen yen(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidFieldException(field, "must be a whole number of yen");
        }
        if (value.signum() < 0) {
            throw new InvalidFieldException(field, "must be zero or more");
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new InvalidFieldException(field, "must be less than 1,000,000,000,000");
        }
        return Yen.of(value.longValueExact());
    }

    /** Like {@link #yen} but more than zero (a payment of nothing is no payment). */
    public static Yen positiveYen(String field, BigDecimal value) {
        Yen yen = yen(field, value);
        if (yen.amount() == 0) {
            throw new InvalidFieldException(field, "must be more than zero");
        }
        return yen;
    }
}
