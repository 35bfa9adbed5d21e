package io.councilhub.finance.ledger;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Section;

import java.util.List;

/** A year's budget (the version in force) against the ledger, line by line; the result is income less expenditure. */
public record BudgetVsActual(FiscalYear fiscalYear, String budgetId, List<LineActual> lines) {

    public List<LineActual> lines(Section section) {
        return lines.stream().filter(line -> line.section() == section).toList();
    }

    public Yen budgeted(Section section) {
        return lines(section).stream().map(LineActual::budgeted).reduce(Yen.ZERO, Yen::plus);
    }

    public Yen actual(Section section) {
        return lines(section).stream().map(LineActual::actual).reduce(Yen.ZERO, Yen::plus);
    }

    /** 収支差額: actual income less actual expenditure, what is carried into the next year. */
    public Yen result() {
        return actual(Section.INCOME).minus(actual(Section.EXPENDITURE));
    }
}
