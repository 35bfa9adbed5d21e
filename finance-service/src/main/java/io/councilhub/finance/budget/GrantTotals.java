package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;

/** Where the 企画活動費 of a year comes from: the grants of approved activity plans (grant implements it). */
public interface GrantTotals {

    /** How many subcommittee plans of {@code year} were granted, and the total. */
    Granted grantedFor(FiscalYear year);

    record Granted(int plans, Yen total) {
    }
}
