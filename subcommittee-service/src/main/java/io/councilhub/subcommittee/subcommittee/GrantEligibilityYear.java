package io.councilhub.subcommittee.subcommittee;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.EnumSet;
import java.util.Set;

/** The grant eligibility the secretariat set for one fiscal year; it overrides {@link GrantSettings} for that year. */
@Document("grantEligibility")
class GrantEligibilityYear {

    @Id
    private int fiscalYear;
    private Set<SubcommitteeKind> eligible = EnumSet.noneOf(SubcommitteeKind.class);

    private GrantEligibilityYear() {
    }

    GrantEligibilityYear(int fiscalYear, Set<SubcommitteeKind> eligible) {
        this.fiscalYear = fiscalYear;
        this.eligible = eligible.isEmpty() ? EnumSet.noneOf(SubcommitteeKind.class) : EnumSet.copyOf(eligible);
    }

    Set<SubcommitteeKind> eligible() {
        return eligible == null || eligible.isEmpty() ? EnumSet.noneOf(SubcommitteeKind.class) : EnumSet.copyOf(eligible);
    }
}
