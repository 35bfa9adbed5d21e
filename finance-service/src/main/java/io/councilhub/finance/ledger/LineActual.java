package io.councilhub.finance.ledger;

import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Section;

/** One budget line against what was actually received or paid on it. */
public record LineActual(Section section, String account, Yen budgeted, Yen actual) {

    /** Actual less budgeted. */
    public Yen difference() {
        return actual.minus(budgeted);
    }
}
