package io.councilhub.finance.budget;

/**
 * Where a budget line's figure comes from. A derived line takes its figure from its source once the
 * source exists (a dues schedule, last year's closed settlement, approved activity plans); until then
 * the figure the secretariat entered stands.
 */
public enum LineBasis {
    /** Entered by the secretariat. */
    ENTERED,
    /** 負担金: rate x members per category, from the dues forecast. */
    DUES,
    /** 前期繰越金: last year's closed settlement's result. */
    CARRY_FORWARD,
    /** 企画活動費: the grants of the year's approved subcommittee activity plans. */
    GRANTS;

    /** The basis an account gets unless the secretariat says otherwise. */
    static LineBasis defaultFor(Section section, String account) {
        if (section == Section.INCOME && Budget.DUES_ACCOUNT.equals(account)) {
            return DUES;
        }
        if (section == Section.INCOME && Budget.CARRY_FORWARD_ACCOUNT.equals(account)) {
            return CARRY_FORWARD;
        }
        if (section == Section.EXPENDITURE && Budget.GRANTS_ACCOUNT.equals(account)) {
            return GRANTS;
        }
        return ENTERED;
    }

    boolean isDerived() {
        return this != ENTERED;
    }
}
