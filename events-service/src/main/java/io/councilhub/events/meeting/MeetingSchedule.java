package io.councilhub.events.meeting;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The council's meeting schedule: schedules, reschedules and cancels meetings, and lists them for a fiscal year. */
@Service
public class MeetingSchedule {

    private final Meetings meetings;

    MeetingSchedule(Meetings meetings) {
        this.meetings = meetings;
    }

    public Meeting schedule(String id, MeetingDetails details) {
        Meeting meeting = Meeting.schedule(id, details);
        if (meetings.existsById(meeting.id())) {
            throw new RuleViolationException("meeting-exists", "a meeting with id " + meeting.id() + " exists already");
        }
        return meetings.save(meeting);
    }

    public Meeting reschedule(String id, OffsetDateTime startsAt, OffsetDateTime endsAt, String venue) {
        Meeting meeting = get(id);
        meeting.reschedule(startsAt, endsAt, venue);
        return meetings.save(meeting);
    }

    public Meeting cancel(String id, String reason) {
        Meeting meeting = get(id);
        meeting.cancel(reason);
        return meetings.save(meeting);
    }

    public Meeting get(String id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** The year's meetings for an audience-limited reader, in start order ({@code kind} optional). */
    public List<Meeting> of(FiscalYear year, MeetingKind kind, Set<Audience> visible) {
        return meetings.findByFiscalYear(year.startYear(), Sort.by("startsAt")).stream()
                .filter(meeting -> kind == null || meeting.kind() == kind)
                .filter(meeting -> visible.contains(meeting.audience()))
                .toList();
    }
}
