package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;

/**
 * What one member owes for one fiscal year under its schedule: the category's rate, how the amount was
 * reached ({@link Basis}), the months charged (12 for a full year) and the amount.
 */
public record DuesCharge(MemberCategory category, Yen rate, Basis basis, int months, Yen amount) {

    public enum Basis {
        /** The year's rate: a member from the year's start, or admitted later under FULL_YEAR. */
        ANNUAL,
        /** Admitted during the year under MONTHLY_PRO_RATA. */
        PRO_RATA,
        /** Admitted during the year under NONE: nothing is owed for this year. */
        WAIVED_FOR_ADMISSION_YEAR,
        /** The category's rate is 0 (免除). */
        EXEMPT
    }

    /** An invoice is issued only for an amount above zero. */
    public boolean invoiced() {
        return amount.amount() > 0;
    }
}
