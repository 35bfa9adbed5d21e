package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.EnumMap;
import java.util.Map;

/** 負担金: the dues rate of each member category for one fiscal year; 0 means exempt. */
@Document("duesSchedules")
public class DuesSchedule {

    @Id
    private int fiscalYear;
    private Map<MemberCategory, Long> rates;
    @Version
    private Long version;

    private DuesSchedule() {
    }

    public static DuesSchedule of(FiscalYear year, Map<MemberCategory, Long> rates) {
        DuesSchedule schedule = new DuesSchedule();
        schedule.fiscalYear = year.startYear();
        schedule.revise(rates);
        return schedule;
    }

    /** Replaces the rates; every category needs one and none is negative. */
    public void revise(Map<MemberCategory, Long> newRates) {
        Map<MemberCategory, Long> checked = new EnumMap<>(MemberCategory.class);
        for (MemberCategory category : MemberCategory.values()) {
            Long rate = newRates.get(category);
            if (rate == null) {
                throw new InvalidFieldException("rates." + category, "a rate is required for every category (0 = exempt)");
            }
            if (rate < 0) {
                throw new InvalidFieldException("rates." + category, "must be zero or more");
            }
            checked.put(category, rate);
        }
        this.rates = checked;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public Yen rate(MemberCategory category) {
        return Yen.of(rates.getOrDefault(category, 0L));
    }

    public Map<MemberCategory, Long> rates() {
        return Map.copyOf(rates);
    }
}
