package io.councilhub.events.meeting;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.List;

/** The council's meetings as stored. */
public interface Meetings extends MongoRepository<Meeting, String> {

    List<Meeting> findByFiscalYear(int fiscalYear, Sort sort);

    /** Scheduled meetings starting between {@code from} and {@code to} (both excluded) whose reminder has not gone out yet. */
    List<Meeting> findByStatusAndReminderPublishedFalseAndStartsAtBetween(
            MeetingStatus status, Instant from, Instant to);
}
