package io.councilhub.events.meeting;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.meetings.MeetingCancelled;
import io.councilhub.contracts.meetings.MeetingReminderDue;
import io.councilhub.contracts.meetings.MeetingRescheduled;
import io.councilhub.contracts.meetings.MeetingScheduled;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A meeting of the council: a general assembly, the executive committee (often in writing), a seminar, a forum
 * co-hosted with another association, a pitch session, a case-study exchange, a subcommittee's meeting. It is
 * scheduled, may be rescheduled or cancelled, and publishes a reminder once before it starts. Times are instants;
 * they are shown in Asia/Tokyo. The join URL is kept here but only confirmed registrants are ever given it.
 */
@Document("meetings")
public class Meeting extends OutboxAggregate {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

    @Id
    private String id;
    @Indexed
    private MeetingKind kind;
    private String title;
    private String description;
    @Indexed
    private Instant startsAt;
    private Instant endsAt;
    private MeetingFormat format;
    private String joinUrl;
    private String venue;
    private Instant responseDeadline;
    private String organiser;
    private List<String> coHosts = new ArrayList<>();
    private Audience audience;
    private Integer capacity;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private List<Speaker> speakers = new ArrayList<>();
    private String subcommittee;
    @Indexed
    private int fiscalYear;
    @Indexed
    private MeetingStatus status;
    private String cancellationReason;
    /** Set once MeetingReminderDue is recorded for the current start time: no instance or restart repeats it. */
    private boolean reminderPublished;

    private Meeting() {
    }

    /**
     * 開催予定: schedules a meeting. {@code id} may be given (a stable slug such as {@code m-2022-general-assembly},
     * lower-case letters, digits and hyphens) or {@code null} for a generated one.
     */
    public static Meeting schedule(String id, MeetingDetails details) {
        Meeting meeting = new Meeting();
        if (id == null || id.isBlank()) {
            meeting.id = "m-" + UUID.randomUUID();
        } else if (!ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "must be 3 to 80 lower-case letters, digits or hyphens");
        } else {
            meeting.id = id;
        }
        meeting.kind = require(details.kind(), "kind");
        meeting.title = text(details.title(), "title", true);
        meeting.description = text(details.description(), "description", false);
        meeting.audience = require(details.audience(), "audience");
        meeting.organiser = text(details.organiser(), "organiser", false);
        meeting.coHosts = details.coHosts().stream().map(host -> text(host, "coHosts", true)).toList();
        meeting.speakers = new ArrayList<>(details.speakers());
        meeting.subcommittee = text(details.subcommittee(), "subcommittee", false);
        if (details.capacity() != null && details.capacity() < 0) {
            throw new InvalidFieldException("capacity", "must be 0 or more (leave it out for no limit)");
        }
        meeting.capacity = details.capacity();
        meeting.setTimes(details.startsAt(), details.endsAt());
        meeting.setFormat(details.format(), details.joinUrl(), details.venue(), details.responseDeadline());
        meeting.setRegistrationWindow(details.registrationOpensAt(), details.registrationClosesAt());
        meeting.status = MeetingStatus.SCHEDULED;
        meeting.record(new MeetingScheduled(meeting.id, meeting.kind.name(), meeting.title, meeting.fiscalYear,
                meeting.startsAt(), meeting.endsAt(), meeting.format.name(), meeting.venue, meeting.audience.name()));
        return meeting;
    }

    /**
     * 日程変更: moves the meeting (and, when given, to another venue). A moved meeting gets its reminder again
     * before the new start.
     */
    public void reschedule(OffsetDateTime newStart, OffsetDateTime newEnd, String newVenue) {
        requireScheduled();
        OffsetDateTime previous = startsAt();
        setTimes(newStart, newEnd);
        if (newVenue != null && !newVenue.isBlank()) {
            if (format == MeetingFormat.ONLINE || format == MeetingFormat.WRITTEN) {
                throw new InvalidFieldException("venue", "a " + format + " meeting has no venue");
            }
            venue = newVenue.strip();
        }
        if (responseDeadline != null && responseDeadline.isBefore(startsAt)) {
            throw new InvalidFieldException("startsAt", "must not be after the response deadline " + at(responseDeadline));
        }
        if (!previous.toInstant().equals(startsAt)) {
            reminderPublished = false;
        }
        record(new MeetingRescheduled(id, title, previous, startsAt(), endsAt(), venue));
    }

    /** 中止: cancels the meeting; its registrations are void. Cancelling twice is refused. */
    public void cancel(String reason) {
        requireScheduled();
        status = MeetingStatus.CANCELLED;
        cancellationReason = text(reason, "reason", true);
        record(new MeetingCancelled(id, title, startsAt(), cancellationReason));
    }

    /** Whether the reminder is due at {@code now}: scheduled, not yet reminded, starting within {@code lead} from now. */
    public boolean reminderDue(Instant now, java.time.Duration lead) {
        return status == MeetingStatus.SCHEDULED && !reminderPublished
                && startsAt.isAfter(now) && !startsAt.isAfter(now.plus(lead));
    }

    /** Records MeetingReminderDue, once for this start time. */
    public void remind(int confirmedRegistrations) {
        if (reminderPublished) {
            throw new RuleViolationException("reminder-already-published", "the reminder for " + id + " went out already");
        }
        reminderPublished = true;
        record(new MeetingReminderDue(id, title, startsAt(), confirmedRegistrations));
    }

    /** Whether anyone may register at {@code now}: scheduled, not yet over, inside the registration window if it has one. */
    public boolean registrationOpen(Instant now) {
        return status == MeetingStatus.SCHEDULED && now.isBefore(endsAt)
                && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && (registrationClosesAt == null || now.isBefore(registrationClosesAt));
    }

    private void setTimes(OffsetDateTime start, OffsetDateTime end) {
        require(start, "startsAt");
        require(end, "endsAt");
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("endsAt", "must be after startsAt");
        }
        startsAt = start.toInstant();
        endsAt = end.toInstant();
        fiscalYear = FiscalYear.of(start.atZoneSameInstant(TOKYO).toLocalDate()).startYear();
    }

    private void setFormat(MeetingFormat newFormat, String url, String place, OffsetDateTime deadline) {
        format = require(newFormat, "format");
        boolean online = format == MeetingFormat.ONLINE || format == MeetingFormat.HYBRID;
        boolean inPerson = format == MeetingFormat.IN_PERSON || format == MeetingFormat.HYBRID;
        if (online) {
            joinUrl = httpsUrl(url);
        } else if (url != null && !url.isBlank()) {
            throw new InvalidFieldException("joinUrl", "only an online or hybrid meeting has one");
        }
        if (inPerson) {
            venue = text(place, "venue", true);
        } else if (place != null && !place.isBlank()) {
            throw new InvalidFieldException("venue", "an " + format + " meeting has no venue");
        }
        if (format == MeetingFormat.WRITTEN) {
            require(deadline, "responseDeadline");
            if (deadline.toInstant().isBefore(startsAt)) {
                throw new InvalidFieldException("responseDeadline", "must not be before startsAt");
            }
            responseDeadline = deadline.toInstant();
        } else if (deadline != null) {
            throw new InvalidFieldException("responseDeadline", "only a WRITTEN meeting has one");
        }
    }

    private void setRegistrationWindow(OffsetDateTime opens, OffsetDateTime closes) {
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new InvalidFieldException("registrationClosesAt", "must be after registrationOpensAt");
        }
        if (closes != null && closes.toInstant().isAfter(endsAt)) {
            throw new InvalidFieldException("registrationClosesAt", "must not be after endsAt");
        }
        registrationOpensAt = opens == null ? null : opens.toInstant();
        registrationClosesAt = closes == null ? null : closes.toInstant();
    }

    private void requireScheduled() {
        if (status == MeetingStatus.CANCELLED) {
            throw new RuleViolationException("meeting-cancelled", title + " is cancelled");
        }
    }

    private static String httpsUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidFieldException("joinUrl", "an online or hybrid meeting needs one");
        }
        try {
            URI uri = URI.create(url.strip());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidFieldException("joinUrl", "must be an https URL");
            }
            return uri.toString();
        } catch (IllegalArgumentException malformed) {
            throw new InvalidFieldException("joinUrl", "must be an https URL");
        }
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        return value;
    }

    private static String text(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidFieldException(field, "must not be blank");
            }
            return null;
        }
        return value.strip();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(TOKYO).toOffsetDateTime();
    }

    public String id() {
        return id;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The start in Asia/Tokyo (+09:00). */
    public OffsetDateTime startsAt() {
        return at(startsAt);
    }

    public OffsetDateTime endsAt() {
        return at(endsAt);
    }

    public MeetingFormat format() {
        return format;
    }

    /** Only for confirmed registrants; never put it in a view anyone else sees. */
    public String joinUrl() {
        return joinUrl;
    }

    public String venue() {
        return venue;
    }

    /** The deadline for written answers of a WRITTEN meeting (書面開催), otherwise {@code null}. */
    public OffsetDateTime responseDeadline() {
        return at(responseDeadline);
    }

    public String organiser() {
        return organiser;
    }

    public List<String> coHosts() {
        return List.copyOf(coHosts);
    }

    public Audience audience() {
        return audience;
    }

    /** {@code null}: no limit. */
    public Integer capacity() {
        return capacity;
    }

    public OffsetDateTime registrationOpensAt() {
        return at(registrationOpensAt);
    }

    public OffsetDateTime registrationClosesAt() {
        return at(registrationClosesAt);
    }

    public List<Speaker> speakers() {
        return List.copyOf(speakers);
    }

    /** The subcommittee whose meeting this is (部会), or {@code null}. */
    public String subcommittee() {
        return subcommittee;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public MeetingStatus status() {
        return status;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public boolean reminderPublished() {
        return reminderPublished;
    }

    @Override
    public String toString() {
        return "Meeting[" + id + ", " + kind + ", " + title + ", " + startsAt() + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting meeting && Objects.equals(id, meeting.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
