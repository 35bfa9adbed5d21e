package io.councilhub.subcommittee.subcommittee.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.subcommittee.subcommittee.GrantEligibility;
import io.councilhub.subcommittee.subcommittee.SubcommitteeKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/subcommittees/grant-eligibility/{fiscalYear}}: which kinds may receive a grant (経費助成) that year;
 * everyone signed in reads it, the secretariat sets it.
 */
@RestController
@RequestMapping("/api/subcommittees/grant-eligibility/{fiscalYear}")
class GrantEligibilityController {

    private final GrantEligibility eligibility;

    GrantEligibilityController(GrantEligibility eligibility) {
        this.eligibility = eligibility;
    }

    record EligibilityView(int fiscalYear, String label, Map<SubcommitteeKind, Boolean> eligible) {

        static EligibilityView of(FiscalYear year, Set<SubcommitteeKind> kinds) {
            Map<SubcommitteeKind, Boolean> eligible = new EnumMap<>(SubcommitteeKind.class);
            for (SubcommitteeKind kind : SubcommitteeKind.values()) {
                eligible.put(kind, kinds.contains(kind));
            }
            return new EligibilityView(year.startYear(), year.label(), eligible);
        }
    }

    /** {@code {"eligible": {"WORKING_GROUP": false}}}: kinds left out keep their setting. */
    record EligibilityRequest(@NotEmpty Map<SubcommitteeKind, @jakarta.validation.constraints.NotNull Boolean> eligible) {
    }

    @GetMapping
    EligibilityView get(@PathVariable FiscalYear fiscalYear) {
        return EligibilityView.of(fiscalYear, eligibility.eligibleKinds(fiscalYear));
    }

    @PutMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    EligibilityView set(@PathVariable FiscalYear fiscalYear, @Valid @RequestBody EligibilityRequest request) {
        return EligibilityView.of(fiscalYear, eligibility.set(fiscalYear, request.eligible()));
    }
}
