package io.councilhub.events.calendar;

import io.councilhub.events.meeting.MeetingKind;

import java.time.OffsetDateTime;
import java.util.List;

/** The 年間活動計画書 as printed: rows of activities, twelve month cells each, April to March. */
public record CalendarSheet(int fiscalYear, String label, String title, List<Month> months, List<Row> rows) {

    /** A column: {@code 2022-07}, {@code 7月}. */
    public record Month(String month, String label) {
    }

    public record Row(int no, Activity activity, String name, String summary, List<Cell> cells) {
    }

    public record Cell(String month, List<Item> items) {
    }

    /**
     * One entry of a cell: a planned item not held yet ({@code planned}), a planned item with its meeting, or a
     * meeting scheduled without a plan (labelled with its title).
     */
    public record Item(String label, boolean planned, String plannedItemId, String meetingId, String meetingTitle,
                       MeetingKind kind, OffsetDateTime startsAt) {
    }
}
