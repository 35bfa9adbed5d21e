package io.councilhub.notification.notice;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What notices need to know of a meeting: its audience (for changes and cancellations) and its confirmed registrants (for reminders). */
@Document("meetings")
class MeetingRecord {

    @Id
    private String id;
    @Version
    private Long version;
    private String title;
    private String audience;
    private Instant startsAt;
    private String venue;
    private List<Registrant> registrants = new ArrayList<>();

    record Registrant(String registrationId, String name, String email) {
    }

    private MeetingRecord() {
    }

    static MeetingRecord of(String meetingId) {
        MeetingRecord record = new MeetingRecord();
        record.id = meetingId;
        return record;
    }

    void scheduled(String title, String audience, OffsetDateTime startsAt, String venue) {
        this.title = title;
        this.audience = audience;
        this.startsAt = startsAt == null ? null : startsAt.toInstant();
        this.venue = venue;
    }

    void rescheduled(OffsetDateTime startsAt, String venue) {
        this.startsAt = startsAt == null ? null : startsAt.toInstant();
        if (venue != null) {
            this.venue = venue;
        }
    }

    void registered(String registrationId, String name, String email) {
        registrants.removeIf(registrant -> registrant.registrationId().equals(registrationId));
        registrants.add(new Registrant(registrationId, name, email));
    }

    void cancelled(String registrationId) {
        registrants.removeIf(registrant -> registrant.registrationId().equals(registrationId));
    }

    String audience() { return audience; }
    List<Registrant> registrants() { return List.copyOf(registrants); }
}
