package io.councilhub.finance.dues;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.MonthDay;

/**
 * Defaults for a new dues schedule when the secretariat does not say otherwise.
 *
 * @param midYearAdmission what a member admitted during the year owes (each year's schedule may differ)
 * @param dueDate          the payment deadline of the year's invoices, as a day in the year's first calendar year
 */
@ConfigurationProperties("councilhub.finance.dues")
public record DuesSettings(@DefaultValue("FULL_YEAR") MidYearAdmission midYearAdmission,
                           @DefaultValue("--06-30") MonthDay dueDate) {
}
