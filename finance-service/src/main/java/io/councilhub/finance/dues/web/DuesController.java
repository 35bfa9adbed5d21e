package io.councilhub.finance.dues.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.dues.Dues;
import io.councilhub.finance.dues.DuesForecast;
import io.councilhub.finance.dues.DuesSchedule;
import io.councilhub.finance.dues.MidYearAdmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Dues of a fiscal year: the secretariat sets the rates (or starts them from last year's with
 * {@code POST .../dues-schedule/draft}); the secretariat and officers read them and the forecast.
 */
@RestController
@RequestMapping("/api/finance/fiscal-years/{year}")
class DuesController {

    private final Dues dues;

    DuesController(Dues dues) {
        this.dues = dues;
    }

    /** Rates are checked by the schedule, which names the category ({@code rates.COMPANY}) of a bad one. */
    record ScheduleRequest(@NotNull Map<MemberCategory, Long> rates, MidYearAdmission midYearAdmission, LocalDate dueOn) {
    }

    record ScheduleView(int fiscalYear, String label, Map<MemberCategory, Long> rates,
                        Map<MemberCategory, String> rateLabels, MidYearAdmission midYearAdmission,
                        String midYearAdmissionLabel, LocalDate dueOn, Integer startedFrom) {

        static ScheduleView of(DuesSchedule schedule) {
            Map<MemberCategory, String> labels = new EnumMap<>(MemberCategory.class);
            schedule.rates().keySet().forEach(category -> labels.put(category, schedule.rate(category).format()));
            return new ScheduleView(schedule.fiscalYear().startYear(), schedule.fiscalYear().label(),
                    new EnumMap<>(schedule.rates()), labels, schedule.midYearAdmission(),
                    schedule.midYearAdmission().label(), schedule.dueOn(), schedule.startedFrom());
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
        return ScheduleView.of(dues.setSchedule(year, request.rates(), request.midYearAdmission(), request.dueOn()));
    }

    /** 前年度からの作成: the year's schedule as a copy of last year's, to be revised with PUT. */
    @PostMapping("/dues-schedule/draft")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ResponseStatus(HttpStatus.CREATED)
    ScheduleView startFromLastYear(@PathVariable FiscalYear year) {
        return ScheduleView.of(dues.startFromLastYear(year));
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
