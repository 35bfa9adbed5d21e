package io.councilhub.events.reminder;

import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingStatus;
import io.councilhub.events.meeting.Meetings;
import io.councilhub.events.registration.Registrations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Publishes MeetingReminderDue for each scheduled meeting that starts within the lead time. The meeting's own flag,
 * set in the same write as the event, keeps it to once: a restart finds it set, and of two instances racing only
 * one write wins (the other's is an optimistic-lock failure and is dropped).
 */
@Service
class Reminders {

    private final Meetings meetings;
    private final Registrations registrations;
    private final ReminderSettings settings;
    private final Clock clock;

    Reminders(Meetings meetings, Registrations registrations, ReminderSettings settings, Clock clock) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${councilhub.events.reminder-check-interval:PT1M}",
            initialDelayString = "${councilhub.events.reminder-check-interval:PT1M}")
    void check() {
        publishDue();
    }

    /** @return how many reminders this call recorded */
    int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (Meeting meeting : meetings.findByStatusAndReminderPublishedFalseAndStartsAtBetween(
                MeetingStatus.SCHEDULED, now, now.plus(settings.reminderLead()).plusMillis(1))) {
            if (!meeting.reminderDue(now, settings.reminderLead())) {
                continue;
            }
            meeting.remind(registrations.confirmedCount(meeting.id()));
            try {
                meetings.save(meeting);
                published++;
            } catch (OptimisticLockingFailureException anotherInstanceWasFaster) {
                // the meeting changed meanwhile (another instance reminded, or it moved): the next check looks again
            }
        }
        return published;
    }
}
