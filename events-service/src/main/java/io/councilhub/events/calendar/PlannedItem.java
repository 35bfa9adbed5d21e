package io.councilhub.events.calendar;

import io.councilhub.events.meeting.MeetingKind;

/**
 * Something planned for a month before (or without) a meeting: 「通常総会(web開催)」 in July. {@code kind} lets it
 * take the first meeting of that kind scheduled in its month; {@code meetingId} links it to a given meeting, whose
 * date then decides the month.
 */
public record PlannedItem(String id, Activity activity, String month, String label, MeetingKind kind, String meetingId) {

    PlannedItem linkedTo(String meeting) {
        return new PlannedItem(id, activity, month, label, kind, meeting);
    }
}
