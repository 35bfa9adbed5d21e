package io.councilhub.events.registration;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingSchedule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Registers people for meetings and keeps the waitlist moving. Each command is one write of the meeting's
 * {@link RegistrationBook}; a concurrent change of the same book is retried on the fresh document.
 */
@Service
public class Registrations {

    private static final int ATTEMPTS = 5;

    private final RegistrationBooks books;
    private final KnownOrganisations organisations;
    private final MeetingSchedule meetings;
    private final Clock clock;

    Registrations(RegistrationBooks books, KnownOrganisations organisations, MeetingSchedule meetings, Clock clock) {
        this.books = books;
        this.organisations = organisations;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** A new registration and the token of its cancellation link, which is given only this once. */
    public record Registered(RegistrationBook book, Registration registration, String cancellationToken) {
    }

    /**
     * Registers {@code registrant}; a member's registration takes the organisation's name and kind from the roll
     * events-service knows, when it knows it.
     */
    public Registered register(String meetingId, Registrant registrant) {
        Registrant known = registrant;
        if (registrant.memberId() != null) {
            known = organisations.findById(registrant.memberId())
                    .map(org -> new Registrant(registrant.memberId(), registrant.name(), org.name(),
                            OrganisationKind.of(org.category()), registrant.email(), registrant.observer()))
                    .orElse(registrant);
        }
        Registrant who = known;
        String token = CancellationTokens.issue();
        String hash = CancellationTokens.hash(token);
        Registration[] made = new Registration[1];
        RegistrationBook book = change(meetingId, (meeting, b) -> made[0] = b.register(meeting, who, clock.instant(), hash));
        return new Registered(book, book.get(made[0].id()), token);
    }

    /** Cancels by id (the secretariat, or a member for its own organisation: the caller checks who). */
    public RegistrationBook cancel(String meetingId, String registrationId, CancellationReason reason) {
        return change(meetingId, (meeting, book) -> book.cancel(meeting, registrationId, reason, clock.instant()));
    }

    /** The registration a cancellation link's token belongs to; an unknown token is a 404. */
    public RegistrationBook byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("registration", "(token)");
        }
        return books.findByRegistrationsCancellationTokenHash(CancellationTokens.hash(token)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("registration", "(token)"));
    }

    public Registration registrationOf(RegistrationBook book, String token) {
        return book.withToken(CancellationTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("registration", "(token)"));
    }

    /** The registrant cancels through the link, without logging in. */
    public RegistrationBook cancelByToken(String token) {
        RegistrationBook found = byToken(token);
        String registrationId = registrationOf(found, token).id();
        return cancel(found.meetingId(), registrationId, CancellationReason.REGISTRANT);
    }

    public RegistrationBook recordAttendance(String meetingId, String registrationId, boolean attended) {
        return change(meetingId, (meeting, book) -> book.recordAttendance(registrationId, attended));
    }

    public RegistrationBook recordAttendanceReport(String meetingId, Integer organisers, AttendanceHeadcount headcount) {
        return change(meetingId, (meeting, book) -> book.recordAttendanceReport(organisers, headcount));
    }

    /** The meeting's book (empty if nobody registered yet); a meeting that does not exist is a 404. */
    public RegistrationBook of(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return books.findById(meetingId).orElseGet(() -> RegistrationBook.of(meeting));
    }

    public int confirmedCount(String meetingId) {
        return books.findById(meetingId).map(RegistrationBook::confirmedCount).orElse(0);
    }

    /** The books that hold registrations of {@code memberId}'s people. */
    public List<RegistrationBook> ofMember(String memberId) {
        return books.findByRegistrationsMemberId(memberId);
    }

    /**
     * 退会: cancels the organisation's registrations for meetings starting after {@code withdrawnOn} (Asia/Tokyo);
     * meetings on or before that day keep them (it was still a member). A repeat finds nothing left to cancel.
     */
    public int cancelAfterWithdrawal(String memberId, LocalDate withdrawnOn) {
        int cancelled = 0;
        for (RegistrationBook book : books.findByRegistrationsMemberId(memberId)) {
            Meeting meeting = meetings.get(book.meetingId());
            if (!meeting.startsAt().atZoneSameInstant(Meeting.TOKYO).toLocalDate().isAfter(withdrawnOn)) {
                continue;
            }
            int[] count = new int[1];
            change(book.meetingId(), (m, b) -> count[0] = b.cancelAllOf(m, memberId, clock.instant()));
            cancelled += count[0];
        }
        return cancelled;
    }

    /** Remembers a member organisation from MemberAdmitted (same id, so a repeat overwrites it with the same). */
    public void remember(KnownOrganisation organisation) {
        organisations.save(organisation);
    }

    private interface Change {
        void apply(Meeting meeting, RegistrationBook book);
    }

    private RegistrationBook change(String meetingId, Change change) {
        for (int attempt = 1; ; attempt++) {
            Meeting meeting = meetings.get(meetingId);
            RegistrationBook book = books.findById(meetingId).orElseGet(() -> RegistrationBook.of(meeting));
            change.apply(meeting, book);
            try {
                return books.save(book);
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                if (attempt >= ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }
}
