package io.councilhub.finance.dues.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.dues.Dues;
import io.councilhub.finance.dues.DuesForecast;
import io.councilhub.finance.dues.DuesSchedule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Dues of a fiscal year: the secretariat sets the rates; the secretariat and officers read the forecast. */
@RestController
@RequestMapping("/api/finance/fiscal-years/{year}")
class DuesController {

    private final Dues dues;

    DuesController(Dues dues) {
        this.dues = dues;
    }

    record ScheduleRequest(@NotNull Map<MemberCategory, @NotNull @PositiveOrZero Long> rates) {
    }

    record ScheduleView(int fiscalYear, String label, Map<MemberCategory, Long> rates) {

        static ScheduleView of(DuesSchedule schedule) {
            return new ScheduleView(schedule.fiscalYear().startYear(), schedule.fiscalYear().label(),
                    new EnumMap<>(schedule.rates()));
        }
    }

    record LineView(MemberCategory category, long rateYen, long members, long amountYen, String amount) {
    }

    record ForecastView(int fiscalYear, String label, List<LineView> lines, long totalYen, String total) {

        static ForecastView of(DuesForecast forecast) {
            return new ForecastView(forecast.fiscalYear().startYear(), forecast.fiscalYear().label(),
                    forecast.lines().stream().map(line -> new LineView(line.category(), line.rate().amount(),
                            line.members(), line.amount().amount(), line.amount().format())).toList(),
                    forecast.total().amount(), forecast.total().format());
        }
    }

    @PutMapping("/dues-schedule")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ScheduleView setRates(@PathVariable FiscalYear year, @Valid @RequestBody ScheduleRequest request) {
        return ScheduleView.of(dues.setRates(year, request.rates()));
    }

    @GetMapping("/dues-schedule")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    ScheduleView schedule(@PathVariable FiscalYear year) {
        return ScheduleView.of(dues.schedule(year));
    }

    @GetMapping("/dues-forecast")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    ForecastView forecast(@PathVariable FiscalYear year) {
        return ForecastView.of(dues.forecast(year));
    }
}
