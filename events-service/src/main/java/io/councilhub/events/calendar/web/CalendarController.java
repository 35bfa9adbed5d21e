package io.councilhub.events.calendar.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.events.calendar.Activity;
import io.councilhub.events.calendar.ActivityCalendarService;
import io.councilhub.events.calendar.CalendarPage;
import io.councilhub.events.calendar.CalendarSheet;
import io.councilhub.events.calendar.PlannedItem;
import io.councilhub.events.meeting.MeetingKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/calendar/{fiscalYear}}: the 年間活動計画書 as JSON, and {@code /print} as a printable HTML page;
 * members and officers read it, the secretariat writes its rows and planned items.
 */
@RestController
@RequestMapping("/api/calendar/{fiscalYear}")
class CalendarController {

    private final ActivityCalendarService calendars;

    CalendarController(ActivityCalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    CalendarSheet sheet(@PathVariable FiscalYear fiscalYear) {
        return calendars.sheet(fiscalYear);
    }

    @GetMapping(value = "/print", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable FiscalYear fiscalYear) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .body(CalendarPage.render(calendars.sheet(fiscalYear)));
    }

    record RowRequest(@Size(max = 100) String name, @Size(max = 2000) String summary) {
    }

    @PutMapping("/rows/{activity}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    CalendarSheet describe(@PathVariable FiscalYear fiscalYear, @PathVariable Activity activity,
                           @Valid @RequestBody RowRequest request) {
        calendars.describe(fiscalYear, activity, request.name(), request.summary());
        return calendars.sheet(fiscalYear);
    }

    record PlanRequest(@NotNull Activity activity, @NotBlank @Size(max = 7) String month,
                       @NotBlank @Size(max = 200) String label, MeetingKind kind, @Size(max = 80) String meetingId) {
    }

    @PostMapping("/planned-items")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<PlannedItem> plan(@PathVariable FiscalYear fiscalYear, @Valid @RequestBody PlanRequest request) {
        PlannedItem item = calendars.plan(fiscalYear, request.activity(), request.month(), request.label(),
                request.kind(), request.meetingId());
        return ResponseEntity.status(HttpStatus.CREATED).body(item);
    }

    record LinkRequest(@NotBlank @Size(max = 80) String meetingId) {
    }

    @PutMapping("/planned-items/{itemId}/meeting")
    @PreAuthorize("hasRole('SECRETARIAT')")
    CalendarSheet link(@PathVariable FiscalYear fiscalYear, @PathVariable String itemId,
                       @Valid @RequestBody LinkRequest request) {
        calendars.link(fiscalYear, itemId, request.meetingId());
        return calendars.sheet(fiscalYear);
    }
}
