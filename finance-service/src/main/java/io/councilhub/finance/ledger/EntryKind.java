package io.councilhub.finance.ledger;

import io.councilhub.finance.budget.Section;

/** A receipt (収入) is booked to an income line, a payment (支出) to an expenditure line. */
public enum EntryKind {
    RECEIPT(Section.INCOME),
    PAYMENT(Section.EXPENDITURE);

    private final Section section;

    EntryKind(Section section) {
        this.section = section;
    }

    public Section section() {
        return section;
    }
}
