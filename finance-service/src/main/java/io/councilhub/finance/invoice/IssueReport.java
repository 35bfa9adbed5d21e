package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;

/**
 * What a bulk issue did: invoices issued now (and their total), those that existed already (a repeat run
 * issues nothing new), members exempt (rate 0) and members not charged for their year of admission.
 */
public record IssueReport(FiscalYear fiscalYear, int issued, Yen issuedTotal, int alreadyIssued, int exempt,
                          int notCharged, boolean repeated) {
}
