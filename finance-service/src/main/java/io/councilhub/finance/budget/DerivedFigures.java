package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.Yen;

import java.util.Optional;

/**
 * What the sources of the derived lines say for a fiscal year right now: the dues forecast (with its
 * note), last year's carry-forward, the grants of approved plans. Empty where the source does not exist yet.
 */
public record DerivedFigures(Optional<Figure> dues, Optional<Figure> carryForward, Optional<Figure> grants) {

    /** A derived figure and the note (摘要) that explains it, or null for no generated note. */
    public record Figure(Yen amount, String note) {
    }

    public static final DerivedFigures NONE = new DerivedFigures(Optional.empty(), Optional.empty(), Optional.empty());

    Optional<Figure> of(LineBasis basis) {
        return switch (basis) {
            case DUES -> dues;
            case CARRY_FORWARD -> carryForward;
            case GRANTS -> grants;
            case ENTERED -> Optional.empty();
        };
    }
}
