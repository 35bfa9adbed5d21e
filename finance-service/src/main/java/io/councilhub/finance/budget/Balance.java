package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.Yen;

/** Income total against expenditure total; a budget is proposed only when they are equal. */
public record Balance(Yen incomeTotal, Yen expenditureTotal) {

    /** Income less expenditure: positive when income is larger. */
    public Yen difference() {
        return incomeTotal.minus(expenditureTotal);
    }

    public boolean balanced() {
        return difference().amount() == 0;
    }

    /** What the secretariat reads: {@code 収支均衡}, or which side is larger and by how much. */
    public String label() {
        long difference = difference().amount();
        if (difference == 0) {
            return "収支均衡 (balanced)";
        }
        String by = Yen.of(Math.abs(difference)).format();
        return difference > 0
                ? "収入が支出を" + by + "上回っています (income exceeds expenditure by " + by + ")"
                : "支出が収入を" + by + "上回っています (expenditure exceeds income by " + by + ")";
    }
}
