package io.councilhub.events.calendar;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The activity calendars as stored, one per fiscal year. */
public interface ActivityCalendars extends MongoRepository<ActivityCalendar, String> {
}
