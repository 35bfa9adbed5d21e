package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.Yen;

/**
 * One line (科目) of a budget: its figure, last year's figure for the same account, the note (摘要), and
 * what the secretariat entered (the figure itself for an entered line, the fallback for a derived one).
 */
public record BudgetLine(String account, LineBasis basis, Long enteredYen, String enteredNote, long amountYen,
                         String note, long lastYearYen) {

    public Yen amount() {
        return Yen.of(amountYen);
    }

    public Yen lastYear() {
        return Yen.of(lastYearYen);
    }

    /** 増減: this year's figure less last year's. */
    public Yen change() {
        return amount().minus(lastYear());
    }

    BudgetLine withFigures(long amount, String shownNote, long lastYear) {
        return new BudgetLine(account, basis, enteredYen, enteredNote, amount, shownNote, lastYear);
    }
}
