package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.account.MemberAccounts;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Sets the dues rates of a fiscal year and forecasts what the roll owes under them. */
@Service
public class Dues {

    private final DuesSchedules schedules;
    private final MemberAccounts accounts;
    private final DuesSettings settings;

    Dues(DuesSchedules schedules, MemberAccounts accounts, DuesSettings settings) {
        this.schedules = schedules;
        this.accounts = accounts;
        this.settings = settings;
    }

    public DuesSchedule setRates(FiscalYear year, Map<MemberCategory, Long> rates) {
        return setSchedule(year, rates, null, null);
    }

    /**
     * Sets the year's rates; a policy or deadline left out keeps the schedule's current one, or for a new
     * schedule takes the configured default ({@link DuesSettings}).
     */
    public DuesSchedule setSchedule(FiscalYear year, Map<MemberCategory, Long> rates, MidYearAdmission policy,
                                    LocalDate dueOn) {
        DuesSchedule schedule = schedules.findById(year.startYear())
                .map(existing -> {
                    existing.revise(rates, policy == null ? existing.midYearAdmission() : policy,
                            dueOn == null ? existing.dueOn() : dueOn);
                    return existing;
                })
                .orElseGet(() -> DuesSchedule.of(year, rates, policy == null ? settings.midYearAdmission() : policy,
                        dueOn == null ? settings.dueDate().atYear(year.startYear()) : dueOn));
        return schedules.save(schedule);
    }

    /**
     * 前年度からの作成: starts the year's schedule as a copy of last year's (rates, policy, deadline a year
     * later), for the secretariat to revise. Refused when the year has a schedule already or last year has none.
     */
    public DuesSchedule startFromLastYear(FiscalYear year) {
        if (schedules.existsById(year.startYear())) {
            throw new RuleViolationException("dues-schedule-exists",
                    year.label() + " already has a dues schedule; change it with PUT");
        }
        DuesSchedule lastYear = schedules.findById(year.previous().startYear())
                .orElseThrow(() -> new NotFoundException("dues schedule of " + year.previous().label(), year.previous()));
        return schedules.save(lastYear.proposalForNextYear());
    }

    public DuesSchedule schedule(FiscalYear year) {
        return find(year).orElseThrow(() -> new NotFoundException("dues schedule of " + year.label(), year));
    }

    public Optional<DuesSchedule> find(FiscalYear year) {
        return schedules.findById(year.startYear());
    }

    public DuesForecast forecast(FiscalYear year) {
        return DuesForecast.of(schedule(year), accounts.countOwingDues(year));
    }

    /** The forecast of {@code year}, or empty while the year has no dues schedule (the budget's 負担金 line then stays as entered). */
    public Optional<DuesForecast> forecastIfScheduled(FiscalYear year) {
        return schedules.findById(year.startYear()).map(schedule -> DuesForecast.of(schedule, accounts.countOwingDues(year)));
    }
}
