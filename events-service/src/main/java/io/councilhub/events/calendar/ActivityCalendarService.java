package io.councilhub.events.calendar;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.events.meeting.Audience;
import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingKind;
import io.councilhub.events.meeting.MeetingSchedule;
import io.councilhub.events.meeting.MeetingStatus;
import org.springframework.stereotype.Service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a year's calendar and lays it out: a planned item linked to a meeting (or matched by kind to one
 * scheduled in its month) stands in that meeting's month with its own label; other planned items stand where they
 * were planned; meetings without a plan stand in their kind's row under their title. Cancelled meetings drop out.
 */
@Service
public class ActivityCalendarService {

    private final ActivityCalendars calendars;
    private final MeetingSchedule meetings;

    ActivityCalendarService(ActivityCalendars calendars, MeetingSchedule meetings) {
        this.calendars = calendars;
        this.meetings = meetings;
    }

    public void describe(FiscalYear year, Activity activity, String name, String summary) {
        ActivityCalendar calendar = load(year);
        calendar.describe(activity, name, summary);
        calendars.save(calendar);
    }

    public PlannedItem plan(FiscalYear year, Activity activity, String month, String label, MeetingKind kind,
                            String meetingId) {
        if (meetingId != null && !meetingId.isBlank()) {
            meetings.get(meetingId);
        }
        ActivityCalendar calendar = load(year);
        PlannedItem item = calendar.plan(activity, month, label, kind, meetingId);
        calendars.save(calendar);
        return item;
    }

    public void link(FiscalYear year, String itemId, String meetingId) {
        meetings.get(meetingId);
        ActivityCalendar calendar = load(year);
        calendar.link(itemId, meetingId);
        calendars.save(calendar);
    }

    public CalendarSheet sheet(FiscalYear year) {
        ActivityCalendar calendar = calendars.findById(ActivityCalendar.idOf(year)).orElseGet(() -> ActivityCalendar.of(year));
        List<Meeting> scheduled = meetings.of(year, null, EnumSet.allOf(Audience.class)).stream()
                .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED).toList();
        Map<String, Meeting> byId = new LinkedHashMap<>();
        scheduled.forEach(meeting -> byId.put(meeting.id(), meeting));
        Set<String> taken = new HashSet<>();
        Map<Activity, Map<String, List<CalendarSheet.Item>>> cells = new LinkedHashMap<>();
        List<PlannedItem> byKind = new ArrayList<>();
        for (PlannedItem item : calendar.plannedItems()) {
            Meeting linked = item.meetingId() == null ? null : byId.get(item.meetingId());
            if (linked != null) {
                taken.add(linked.id());
                put(cells, item.activity(), month(linked), withMeeting(item, linked));
            } else if (item.meetingId() == null && item.kind() != null) {
                byKind.add(item);
            } else {
                put(cells, item.activity(), item.month(), planned(item));
            }
        }
        for (PlannedItem item : byKind) {
            Optional<Meeting> match = scheduled.stream()
                    .filter(meeting -> !taken.contains(meeting.id()) && meeting.kind() == item.kind()
                            && month(meeting).equals(item.month()))
                    .findFirst();
            match.ifPresentOrElse(meeting -> {
                taken.add(meeting.id());
                put(cells, item.activity(), item.month(), withMeeting(item, meeting));
            }, () -> put(cells, item.activity(), item.month(), planned(item)));
        }
        for (Meeting meeting : scheduled) {
            if (!taken.contains(meeting.id())) {
                put(cells, Activity.of(meeting.kind()), month(meeting), new CalendarSheet.Item(meeting.title(), false,
                        null, meeting.id(), meeting.title(), meeting.kind(), meeting.startsAt()));
            }
        }
        List<CalendarSheet.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(year.start()); !month.isAfter(YearMonth.from(year.end())); month = month.plusMonths(1)) {
            months.add(new CalendarSheet.Month(month.toString(), month.getMonthValue() + "月"));
        }
        List<CalendarSheet.Row> rows = new ArrayList<>();
        int no = 1;
        for (Activity activity : Activity.values()) {
            CalendarRow row = calendar.row(activity).orElse(new CalendarRow(activity, activity.defaultName(), ""));
            Map<String, List<CalendarSheet.Item>> ofRow = cells.getOrDefault(activity, Map.of());
            List<CalendarSheet.Cell> rowCells = months.stream()
                    .map(month -> new CalendarSheet.Cell(month.month(), sorted(ofRow.getOrDefault(month.month(), List.of()))))
                    .toList();
            rows.add(new CalendarSheet.Row(no++, activity, row.name(), row.summary(), rowCells));
        }
        return new CalendarSheet(year.startYear(), year.label(), year.label() + "年間活動計画書", months, rows);
    }

    private ActivityCalendar load(FiscalYear year) {
        return calendars.findById(ActivityCalendar.idOf(year)).orElseGet(() -> ActivityCalendar.of(year));
    }

    private static List<CalendarSheet.Item> sorted(List<CalendarSheet.Item> items) {
        List<CalendarSheet.Item> copy = new ArrayList<>(items);
        copy.sort(java.util.Comparator.comparing(CalendarSheet.Item::startsAt,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return copy;
    }

    private static CalendarSheet.Item withMeeting(PlannedItem item, Meeting meeting) {
        return new CalendarSheet.Item(item.label(), false, item.id(), meeting.id(), meeting.title(), meeting.kind(),
                meeting.startsAt());
    }

    private static CalendarSheet.Item planned(PlannedItem item) {
        return new CalendarSheet.Item(item.label(), true, item.id(), null, null, item.kind(), null);
    }

    private static String month(Meeting meeting) {
        return YearMonth.from(meeting.startsAt().atZoneSameInstant(Meeting.TOKYO)).toString();
    }

    private static void put(Map<Activity, Map<String, List<CalendarSheet.Item>>> cells, Activity activity, String month,
                            CalendarSheet.Item item) {
        cells.computeIfAbsent(activity, a -> new LinkedHashMap<>()).computeIfAbsent(month, m -> new ArrayList<>()).add(item);
    }
}
