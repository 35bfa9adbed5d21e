package io.councilhub.finance.account;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * What finance knows of a member organisation, from membership's events only: its name (kept current by
 * MemberRenamed), its category and when it joined and left; {@link MemberAccounts#countOwingDues} counts
 * who owes dues for a year.
 */
@Document("memberAccounts")
public record MemberAccount(@Id String memberId, String name, MemberCategory category, LocalDate admittedOn,
                            LocalDate withdrawnOn, List<String> appliedEvents) {

    public static final String NAME = "name";
    public static final String CATEGORY = "category";
    public static final String ADMITTED_ON = "admittedOn";
    public static final String WITHDRAWN_ON = "withdrawnOn";

    /** Owes dues for {@code year}: admitted by its end and not withdrawn before it ends. */
    public boolean owesDuesIn(FiscalYear year) {
        return admittedOn != null && category != null && !admittedOn.isAfter(year.end())
                && (withdrawnOn == null || withdrawnOn.isAfter(year.end()));
    }
}
