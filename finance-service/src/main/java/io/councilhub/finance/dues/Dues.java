package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.account.MemberAccounts;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;

/** Sets the dues rates of a fiscal year and forecasts what the roll owes under them. */
@Service
public class Dues {

    private final DuesSchedules schedules;
    private final MemberAccounts accounts;

    Dues(DuesSchedules schedules, MemberAccounts accounts) {
        this.schedules = schedules;
        this.accounts = accounts;
    }

    public DuesSchedule setRates(FiscalYear year, Map<MemberCategory, Long> rates) {
        DuesSchedule schedule = schedules.findById(year.startYear())
                .map(existing -> {
                    existing.revise(rates);
                    return existing;
                })
                .orElseGet(() -> DuesSchedule.of(year, rates));
        return schedules.save(schedule);
    }

    public DuesSchedule schedule(FiscalYear year) {
        return schedules.findById(year.startYear())
                .orElseThrow(() -> new NotFoundException("dues schedule of " + year.label(), year));
    }

    public DuesForecast forecast(FiscalYear year) {
        return DuesForecast.of(schedule(year), accounts.countOwingDues(year));
    }

    /** The forecast of {@code year}, or empty while the year has no dues schedule (the budget's 負担金 line then stays as entered). */
    public Optional<DuesForecast> forecastIfScheduled(FiscalYear year) {
        return schedules.findById(year.startYear()).map(schedule -> DuesForecast.of(schedule, accounts.countOwingDues(year)));
    }
}
