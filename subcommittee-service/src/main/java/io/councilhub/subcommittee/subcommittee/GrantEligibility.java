package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.FiscalYear;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 経費助成の対象: whether a subcommittee of a kind may receive a grant in a fiscal year. What the secretariat set for
 * the year ({@link #set}) wins; otherwise {@link GrantSettings} (FY2022: working groups get no grant); otherwise
 * every kind is eligible.
 */
@Service
@EnableConfigurationProperties(GrantSettings.class)
public class GrantEligibility {

    private final GrantSettings settings;
    private final MongoOperations mongo;

    GrantEligibility(GrantSettings settings, MongoOperations mongo) {
        this.settings = settings;
        this.mongo = mongo;
    }

    public boolean eligible(SubcommitteeKind kind, FiscalYear year) {
        return eligibleKinds(year).contains(kind);
    }

    /** The kinds eligible for a grant in {@code year}. */
    public Set<SubcommitteeKind> eligibleKinds(FiscalYear year) {
        GrantEligibilityYear set = mongo.findById(year.startYear(), GrantEligibilityYear.class);
        if (set != null) {
            return set.eligible();
        }
        Set<SubcommitteeKind> eligible = EnumSet.allOf(SubcommitteeKind.class);
        eligible.removeAll(settings.withoutGrant().getOrDefault(year.startYear(), Set.of()));
        return eligible;
    }

    /** Sets which kinds are eligible in {@code year} (replacing the configured default for that year). */
    public Set<SubcommitteeKind> set(FiscalYear year, Map<SubcommitteeKind, Boolean> eligibility) {
        Set<SubcommitteeKind> eligible = eligibleKinds(year);
        eligibility.forEach((kind, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                eligible.add(kind);
            } else {
                eligible.remove(kind);
            }
        });
        mongo.save(new GrantEligibilityYear(year.startYear(), eligible));
        return eligible;
    }
}
