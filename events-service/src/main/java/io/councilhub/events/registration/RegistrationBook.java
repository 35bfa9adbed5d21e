package io.councilhub.events.registration;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.meetings.AttendanceRecorded;
import io.councilhub.contracts.meetings.RegistrationCancelled;
import io.councilhub.contracts.meetings.RegistrationConfirmed;
import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting's list of registrations (参加者名簿), one document per meeting (its id is the meeting's), so places,
 * the waitlist and the promotion on a cancellation change in one write with their events. Also the attendance:
 * who came, how many organisers, or a head-count for a meeting nobody registered for one by one.
 */
@Document("registrationBooks")
public class RegistrationBook extends OutboxAggregate {

    @Id
    private String id;
    private List<Registration> registrations = new ArrayList<>();
    private Integer organisers;
    private AttendanceHeadcount headcount;

    private RegistrationBook() {
    }

    static RegistrationBook of(Meeting meeting) {
        RegistrationBook book = new RegistrationBook();
        book.id = meeting.id();
        return book;
    }

    /**
     * 参加登録: a place if the meeting has one left (RegistrationConfirmed with the join URL), otherwise the waitlist.
     * Refused for a cancelled or closed meeting and for an e-mail address registered already.
     */
    Registration register(Meeting meeting, Registrant registrant, Instant now, String cancellationTokenHash) {
        requireMeeting(meeting);
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolationException("meeting-cancelled", meeting.title() + " is cancelled");
        }
        if (!meeting.registrationOpen(now)) {
            throw new RuleViolationException("registration-closed", "registration for " + meeting.title() + " is not open");
        }
        String email = registrant.email().value().toLowerCase(Locale.ROOT);
        if (registrations.stream().anyMatch(r -> r.active() && r.email().value().toLowerCase(Locale.ROOT).equals(email))) {
            throw new RuleViolationException("already-registered", "this e-mail address is registered for the meeting already");
        }
        boolean place = meeting.capacity() == null || confirmed() < meeting.capacity();
        Registration registration = new Registration("r-" + UUID.randomUUID(), registrant,
                place ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, now, cancellationTokenHash);
        registrations.add(registration);
        if (place) {
            recordConfirmed(meeting, registration);
        }
        return registration;
    }

    /**
     * 取消: cancels a registration (RegistrationCancelled); a freed place goes to the first on the waitlist
     * (RegistrationConfirmed for them). Cancelling a cancelled registration is refused.
     */
    void cancel(Meeting meeting, String registrationId, CancellationReason reason, Instant now) {
        requireMeeting(meeting);
        Registration registration = get(registrationId);
        if (!registration.active()) {
            throw new RuleViolationException("registration-cancelled", "the registration is cancelled already");
        }
        boolean hadPlace = registration.status() == RegistrationStatus.CONFIRMED;
        registration.cancel(reason, now);
        record(new RegistrationCancelled(registration.id(), id, registration.memberId(), reason.name()));
        if (hadPlace && meeting.status() == MeetingStatus.SCHEDULED) {
            promote(meeting, now);
        }
    }

    /**
     * 退会: cancels the active registrations of a withdrawn organisation (reason MEMBER_WITHDRAWN), promoting from
     * the waitlist. Already cancelled ones stay as they are, so a repeat changes nothing.
     *
     * @return how many were cancelled
     */
    int cancelAllOf(Meeting meeting, String memberId, Instant now) {
        List<String> theirs = registrations.stream()
                .filter(r -> r.active() && memberId.equals(r.memberId()))
                .map(Registration::id).toList();
        theirs.forEach(registrationId -> cancel(meeting, registrationId, CancellationReason.MEMBER_WITHDRAWN, now));
        return theirs.size();
    }

    /** 出席: records whether a confirmed registrant came (AttendanceRecorded when it changes). */
    void recordAttendance(String registrationId, boolean attended) {
        Registration registration = get(registrationId);
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new RuleViolationException("not-confirmed", "attendance is recorded for confirmed registrations only");
        }
        if (Boolean.valueOf(attended).equals(registration.attended())) {
            return;
        }
        registration.attend(attended);
        record(new AttendanceRecorded(id, registration.id(), registration.memberId(), attended));
    }

    /** 講師・運営側: how many speakers and staff ran the meeting; and, for a meeting counted by hand, its head-count. */
    void recordAttendanceReport(Integer organisersCount, AttendanceHeadcount counted) {
        if (organisersCount != null && organisersCount < 0) {
            throw new InvalidFieldException("organisers", "must be 0 or more");
        }
        organisers = organisersCount;
        headcount = counted;
    }

    /**
     * The attendance as the packet reports it: from the recorded attendance when any was recorded, otherwise the
     * head-count if one was given, otherwise zeros.
     */
    public AttendanceStatistics statistics() {
        List<Registration> came = registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED && Boolean.TRUE.equals(r.attended())).toList();
        if (came.isEmpty() && headcount != null) {
            return AttendanceStatistics.of(headcount.localGovernments(), headcount.organisations(), headcount.people(),
                    0, headcount.observersIncluded(), organisers, true);
        }
        Set<String> localGovernments = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        int observers = 0;
        for (Registration registration : came) {
            if (registration.observer()) {
                observers++;
                continue;
            }
            String organisation = registration.memberId() != null ? "member:" + registration.memberId()
                    : registration.organisation() == null ? null : "name:" + registration.organisation();
            if (organisation == null) {
                continue;
            }
            switch (registration.organisationKind()) {
                case LOCAL_GOVERNMENT -> localGovernments.add(organisation);
                case ORGANISATION -> organisations.add(organisation);
                case INDIVIDUAL -> { }
            }
        }
        return AttendanceStatistics.of(localGovernments.size(), organisations.size(), came.size(), observers,
                observers > 0, organisers, false);
    }

    private void promote(Meeting meeting, Instant now) {
        Optional<Registration> next = registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .min(Comparator.comparing(Registration::registeredAt));
        if (next.isPresent() && (meeting.capacity() == null || confirmed() < meeting.capacity())) {
            next.get().confirm(now);
            recordConfirmed(meeting, next.get());
        }
    }

    private void recordConfirmed(Meeting meeting, Registration registration) {
        record(new RegistrationConfirmed(registration.id(), meeting.id(), meeting.title(), meeting.startsAt(),
                registration.memberId(), registration.name(), registration.email().value(), meeting.joinUrl()));
    }

    private void requireMeeting(Meeting meeting) {
        if (!meeting.id().equals(id)) {
            throw new IllegalArgumentException("this book is for meeting " + id + ", not " + meeting.id());
        }
    }

    private long confirmed() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
    }

    public Registration get(String registrationId) {
        return registrations.stream().filter(r -> r.id().equals(registrationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
    }

    Optional<Registration> withToken(String hash) {
        return registrations.stream().filter(r -> r.hasToken(hash)).findFirst();
    }

    /** Its place on the waitlist (1 = next), or 0 if not waiting. */
    public int waitlistPosition(Registration registration) {
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        return 1 + (int) registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED
                        && r.registeredAt().isBefore(registration.registeredAt()))
                .count();
    }

    public String meetingId() {
        return id;
    }

    public List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    public int confirmedCount() {
        return (int) confirmed();
    }

    public Integer organisers() {
        return organisers;
    }

    public AttendanceHeadcount headcount() {
        return headcount;
    }

    @Override
    public String toString() {
        return "RegistrationBook[" + id + ", " + registrations.size() + " registrations]";
    }
}
