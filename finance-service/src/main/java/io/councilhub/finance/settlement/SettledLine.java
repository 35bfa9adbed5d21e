package io.councilhub.finance.settlement;

import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Section;

/** One line of a closed settlement: the budgeted figure and the actual. */
public record SettledLine(Section section, String account, long budgetedYen, long actualYen) {

    public Yen budgeted() {
        return Yen.of(budgetedYen);
    }

    public Yen actual() {
        return Yen.of(actualYen);
    }

    public Yen difference() {
        return actual().minus(budgeted());
    }
}
