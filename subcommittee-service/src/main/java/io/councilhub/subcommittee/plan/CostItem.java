package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 経費見積の項目: a description under an optional group heading ({@code ・検討部会}), a unit price in yen and the
 * factors it is multiplied by; the amount is the unit price times the product of the factors (the unit price
 * itself when there are none). A note prints after the quantity ({@code （7月～3月）}).
 */
public record CostItem(String heading, String description, long unitPrice, List<Factor> factors, String note) {

    public static final long MAX_UNIT_PRICE = 1_000_000_000L;

    /** Checks the item; a problem names the field relative to the item ({@code unitPrice}, {@code factors[1].kind}). */
    public CostItem {
        heading = blankToNull(heading);
        note = blankToNull(note);
        if (description == null || description.isBlank()) {
            throw new InvalidFieldException("description", "must not be blank");
        }
        description = description.strip();
        if (unitPrice < 1 || unitPrice > MAX_UNIT_PRICE) {
            throw new InvalidFieldException("unitPrice", "must be a whole number of yen from 1 to " + MAX_UNIT_PRICE);
        }
        factors = factors == null ? List.of() : List.copyOf(factors);
        Set<Factor.Kind> seen = EnumSet.noneOf(Factor.Kind.class);
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i) == null) {
                throw new InvalidFieldException("factors[" + i + "]", "must not be null");
            }
            if (!seen.add(factors.get(i).kind())) {
                throw new InvalidFieldException("factors[" + i + "].kind", "each kind at most once per item");
            }
        }
    }

    public Yen price() {
        return Yen.of(unitPrice);
    }

    /** Unit price x product of the factors; an amount beyond what yen can hold is refused, never wrapped round. */
    public Yen amount() {
        try {
            Yen amount = price();
            for (Factor factor : factors) {
                amount = amount.times(factor.quantity());
            }
            return amount;
        } catch (ArithmeticException overflow) {
            throw new InvalidFieldException("unitPrice", "the amount is too large");
        }
    }

    /** The 数量 column: {@code 2名×2か所}, empty without factors. */
    public String quantityLabel() {
        return factors.stream().map(Factor::label).collect(Collectors.joining("×"));
    }

    /** As the packet writes it: {@code @2,000円×2名×2か所}, or {@code 10,000円} without factors. */
    public String basis() {
        if (factors.isEmpty()) {
            return price().format();
        }
        return "@" + price().format() + "×" + quantityLabel();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
