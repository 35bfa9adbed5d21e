package io.councilhub.events.calendar;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.events.meeting.MeetingKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A fiscal year's 年間活動計画書 as the secretariat writes it: the rows' texts and the planned items. */
@Document("activityCalendars")
public class ActivityCalendar {

    @Id
    private String id;
    @Version
    private Long version;
    private int fiscalYear;
    private List<CalendarRow> rows = new ArrayList<>();
    private List<PlannedItem> plannedItems = new ArrayList<>();

    private ActivityCalendar() {
    }

    static ActivityCalendar of(FiscalYear year) {
        ActivityCalendar calendar = new ActivityCalendar();
        calendar.id = idOf(year);
        calendar.fiscalYear = year.startYear();
        return calendar;
    }

    static String idOf(FiscalYear year) {
        return "calendar-" + year.startYear();
    }

    /** Sets a row's 事業名称 (blank: the default) and 概要等. */
    void describe(Activity activity, String name, String summary) {
        rows.removeIf(row -> row.activity() == activity);
        rows.add(new CalendarRow(activity, name == null || name.isBlank() ? activity.defaultName() : name.strip(),
                summary == null ? "" : summary.strip()));
    }

    /** Plans an item for {@code month} ({@code 2022-07}), which must lie in this fiscal year. */
    PlannedItem plan(Activity activity, String month, String label, MeetingKind kind, String meetingId) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException notAMonth) {
            throw new InvalidFieldException("month", "must be a month such as 2022-07");
        }
        if (!fiscalYear().contains(parsed.atDay(1))) {
            throw new InvalidFieldException("month", "must lie in " + fiscalYear().label() + " (" + fiscalYear().start()
                    + " to " + fiscalYear().end() + ")");
        }
        if (label == null || label.isBlank()) {
            throw new InvalidFieldException("label", "must not be blank");
        }
        PlannedItem item = new PlannedItem("p-" + UUID.randomUUID(), activity, parsed.toString(), label.strip(), kind,
                meetingId == null || meetingId.isBlank() ? null : meetingId);
        plannedItems.add(item);
        return item;
    }

    /** Links a planned item to the meeting that carries it out. */
    void link(String itemId, String meetingId) {
        PlannedItem item = item(itemId).orElseThrow(() -> new NotFoundException("planned item", itemId));
        plannedItems.set(plannedItems.indexOf(item), item.linkedTo(meetingId));
    }

    Optional<PlannedItem> item(String itemId) {
        return plannedItems.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public Optional<CalendarRow> row(Activity activity) {
        return rows.stream().filter(row -> row.activity() == activity).findFirst();
    }

    public List<PlannedItem> plannedItems() {
        return List.copyOf(plannedItems);
    }
}
