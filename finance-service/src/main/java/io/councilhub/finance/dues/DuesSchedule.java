package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * 負担金: the dues rate of each member category for one fiscal year (0 means exempt), what a member
 * admitted during the year owes ({@link MidYearAdmission}) and the payment deadline of the year's invoices.
 */
@Document("duesSchedules")
public class DuesSchedule {

    /** No rate is above 1,000,000,000,000 yen: a larger number is a typing error. */
    public static final long MAX_YEN = 1_000_000_000_000L;

    @Id
    private int fiscalYear;
    private Map<MemberCategory, Long> rates;
    private MidYearAdmission midYearAdmission;
    private LocalDate dueOn;
    private Integer startedFrom;
    @Version
    private Long version;

    private DuesSchedule() {
    }

    public static DuesSchedule of(FiscalYear year, Map<MemberCategory, Long> rates) {
        return of(year, rates, MidYearAdmission.FULL_YEAR, LocalDate.of(year.startYear(), 6, 30));
    }

    public static DuesSchedule of(FiscalYear year, Map<MemberCategory, Long> rates, MidYearAdmission midYearAdmission,
                                  LocalDate dueOn) {
        DuesSchedule schedule = new DuesSchedule();
        schedule.fiscalYear = year.startYear();
        schedule.revise(rates, midYearAdmission, dueOn);
        return schedule;
    }

    /**
     * The next year's schedule as a proposal: this year's rates, policy and deadline (a year later), to be
     * revised before the year's invoices go out.
     */
    public DuesSchedule proposalForNextYear() {
        DuesSchedule next = of(fiscalYear().next(), rates, midYearAdmission(), dueOn().plusYears(1));
        next.startedFrom = fiscalYear;
        return next;
    }

    /** Replaces the rates; every category needs one, none is negative or above {@link #MAX_YEN}. */
    public void revise(Map<MemberCategory, Long> newRates) {
        revise(newRates, midYearAdmission(), dueOn());
    }

    /** Replaces the rates, the mid-year admission policy and the payment deadline (within the year). */
    public void revise(Map<MemberCategory, Long> newRates, MidYearAdmission policy, LocalDate deadline) {
        Map<MemberCategory, Long> checked = new EnumMap<>(MemberCategory.class);
        for (MemberCategory category : MemberCategory.values()) {
            Long rate = newRates == null ? null : newRates.get(category);
            if (rate == null) {
                throw new InvalidFieldException("rates." + category, "a rate is required for every category (0 = exempt)");
            }
            if (rate < 0) {
                throw new InvalidFieldException("rates." + category, "must be zero or more");
            }
            if (rate > MAX_YEN) {
                throw new InvalidFieldException("rates." + category, "must be at most " + MAX_YEN);
            }
            checked.put(category, rate);
        }
        if (deadline != null && !fiscalYear().contains(deadline)) {
            throw new InvalidFieldException("dueOn", "must be within " + fiscalYear().label() + " ("
                    + fiscalYear().start() + ".." + fiscalYear().end() + ")");
        }
        this.rates = checked;
        this.midYearAdmission = Objects.requireNonNull(policy, "midYearAdmission");
        this.dueOn = deadline;
    }

    /**
     * What a member of {@code category} admitted on {@code admittedOn} owes for this year: the rate if it
     * was a member when the year began, otherwise as the year's {@link MidYearAdmission} says.
     */
    public DuesCharge chargeFor(MemberCategory category, LocalDate admittedOn) {
        Yen rate = rate(category);
        if (rate.amount() == 0) {
            return new DuesCharge(category, rate, DuesCharge.Basis.EXEMPT, 0, Yen.ZERO);
        }
        FiscalYear year = fiscalYear();
        if (!admittedOn.isAfter(year.start()) || midYearAdmission() == MidYearAdmission.FULL_YEAR) {
            return new DuesCharge(category, rate, DuesCharge.Basis.ANNUAL, 12, rate);
        }
        if (midYearAdmission() == MidYearAdmission.NONE) {
            return new DuesCharge(category, rate, DuesCharge.Basis.WAIVED_FOR_ADMISSION_YEAR, 0, Yen.ZERO);
        }
        int months = monthsLeft(year, admittedOn);
        return new DuesCharge(category, rate, DuesCharge.Basis.PRO_RATA, months,
                Yen.of(Math.multiplyExact(rate.amount(), months) / 12));
    }

    /** The months from the month of {@code date} to March, both included (September: 7). */
    static int monthsLeft(FiscalYear year, LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(date), YearMonth.from(year.end())) + 1;
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

    public MidYearAdmission midYearAdmission() {
        return midYearAdmission == null ? MidYearAdmission.FULL_YEAR : midYearAdmission;
    }

    /** The payment deadline of the invoices issued at the year's start (30 June unless set otherwise). */
    public LocalDate dueOn() {
        return dueOn == null ? LocalDate.of(fiscalYear, 6, 30) : dueOn;
    }

    /** The year this schedule was started from (copied), if it was. */
    public Integer startedFrom() {
        return startedFrom;
    }
}
