package io.councilhub.events.proposal;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingFormat;
import io.councilhub.events.meeting.MeetingStatus;
import io.councilhub.events.meeting.Meetings;
import io.councilhub.events.voter.Voter;
import io.councilhub.events.voter.VoterRoll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The agendas of assemblies and committees: puts proposals and reports on them, opens voting (fixing the voters
 * from the {@link VoterRoll}), takes votes and proxies, and closes proposals with the meeting kind's
 * {@link VotingRule}. Votes on one proposal are writes to one document; a concurrent write is retried on the
 * fresh state, so many voters may answer at once.
 */
@Service
public class Agenda {

    private static final Logger log = LoggerFactory.getLogger(Agenda.class);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final int ATTEMPTS = 8;

    private final AgendaItems items;
    private final MinutesBook minutes;
    private final Meetings meetings;
    private final VoterRoll roll;
    private final VotingSettings settings;
    private final Clock clock;

    Agenda(AgendaItems items, MinutesBook minutes, Meetings meetings, VoterRoll roll, VotingSettings settings, Clock clock) {
        this.items = items;
        this.minutes = minutes;
        this.meetings = meetings;
        this.roll = roll;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the secretariat says about a new proposal; {@code fiscalYear} null means the meeting's. */
    public record ProposalDraft(int number, String title, String explanation, ProposalKind kind, String subjectRef,
                                Integer fiscalYear) {
    }

    public AgendaItem addProposal(String meetingId, ProposalDraft draft) {
        Meeting meeting = decidingMeeting(meetingId);
        int year = draft.fiscalYear() != null ? draft.fiscalYear() : meeting.fiscalYear().startYear();
        return insert(AgendaItem.proposal(meetingId, draft.number(), nextPosition(meetingId), draft.title(),
                draft.explanation(), draft.kind(), draft.subjectRef(), year));
    }

    public AgendaItem addReport(String meetingId, int number, String title, String text) {
        decidingMeeting(meetingId);
        return insert(AgendaItem.report(meetingId, number, nextPosition(meetingId), title, text));
    }

    /** The meeting's agenda in its order (404 for a meeting that does not exist). */
    public List<AgendaItem> agendaOf(String meetingId) {
        meeting(meetingId);
        return items.findByMeetingIdOrderByPositionAsc(meetingId);
    }

    public AgendaItem get(String itemId) {
        return items.findById(itemId).orElseThrow(() -> new NotFoundException("agenda item", itemId));
    }

    /** Opens voting on a proposal: its voters are fixed now from the voter roll, as the meeting's kind says. */
    public AgendaItem openVoting(String itemId) {
        return change(itemId, item -> {
            Meeting meeting = decidingMeeting(item.meetingId());
            VotingBody body = VotingBody.of(meeting.kind()).orElseThrow();
            Instant now = clock.instant();
            List<Voter> voters = body == VotingBody.ASSEMBLY
                    ? roll.membersActiveOn(LocalDate.ofInstant(now, TOKYO))
                    : roll.officersOf(meeting.fiscalYear()).orElse(List.of());
            boolean written = meeting.format() == MeetingFormat.WRITTEN;
            item.openVoting(body, meeting.kind(), written,
                    written && meeting.responseDeadline() != null ? meeting.responseDeadline().toInstant() : null, voters, now);
            return item;
        });
    }

    public Ballot vote(String itemId, String voterId, Choice choice, String recordedBy) {
        return change(itemId, item -> item.vote(voterId, choice, recordedBy, clock.instant()));
    }

    public Ballot changeVote(String itemId, String voterId, Choice choice, String recordedBy) {
        return change(itemId, item -> item.changeVote(voterId, choice, recordedBy, clock.instant()));
    }

    public Ballot delegate(String itemId, String voterId, String delegate, String recordedBy) {
        return change(itemId, item -> item.delegate(voterId, delegate, recordedBy, clock.instant()));
    }

    /** Closes a proposal by hand (the secretariat), decided on {@code decidedOn} or today. */
    public AgendaItem close(String itemId, LocalDate decidedOn, String closedBy) {
        return change(itemId, item -> {
            item.close(rule(item), decidedOn, closedBy, clock.instant());
            return item;
        });
    }

    /** Closes every written resolution whose response deadline has passed; how many it closed. */
    public int closeWrittenResolutionsPastDeadline() {
        Instant now = clock.instant();
        int closed = 0;
        for (AgendaItem open : items.findByStatus(ProposalStatus.OPEN)) {
            if (!open.deadlinePassed(now)) {
                continue;
            }
            try {
                change(open.id(), item -> {
                    item.closeAtDeadline(rule(item), now);
                    return item;
                });
                closed++;
            } catch (RuleViolationException alreadyClosed) {
                log.debug("{} was closed meanwhile: {}", open.id(), alreadyClosed.getMessage());
            }
        }
        return closed;
    }

    /**
     * Takes a withdrawn organisation off the voters of every open proposal (its ballot no longer counts). Idempotent
     * by state: once it is off, a repeat finds nothing to change.
     */
    public int removeVoter(String memberId, LocalDate withdrawnOn) {
        int changed = 0;
        for (AgendaItem open : items.findByStatusAndVoterIds(ProposalStatus.OPEN, memberId)) {
            if (change(open.id(), item -> item.removeVoter(memberId, withdrawnOn))) {
                changed++;
            }
        }
        return changed;
    }

    /** 議事録 of a meeting; empty minutes if none were written yet. */
    public Minutes minutesOf(String meetingId) {
        meeting(meetingId);
        return minutes.findById(meetingId).orElseGet(() -> Minutes.of(meetingId));
    }

    public Minutes reviseMinutes(String meetingId, String text, String by) {
        meeting(meetingId);
        Minutes current = minutes.findById(meetingId).orElseGet(() -> Minutes.of(meetingId));
        current.revise(text, by, clock.instant());
        return minutes.save(current);
    }

    /** The voting rule of the item's meeting (quorum, majority, what a proxy to the chair counts as). */
    public VotingRule rule(AgendaItem item) {
        return settings.ruleFor(item.meetingKind());
    }

    /**
     * Applies {@code command} to the stored item and saves it (state and outbox in one write). A concurrent change
     * of the same item (another voter answering) makes the save fail on its version; the command then runs again on
     * the fresh state, where its rules are checked anew.
     */
    private <T> T change(String itemId, Function<AgendaItem, T> command) {
        for (int attempt = 1; ; attempt++) {
            AgendaItem item = get(itemId);
            T result = command.apply(item);
            try {
                items.save(item);
                return result;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt >= ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private AgendaItem insert(AgendaItem item) {
        try {
            return items.insert(item);
        } catch (DuplicateKeyException taken) {
            throw new RuleViolationException("agenda-number-taken",
                    item.heading() + " is on the agenda of " + item.meetingId() + " already");
        }
    }

    private int nextPosition(String meetingId) {
        return (int) items.countByMeetingId(meetingId) + 1;
    }

    private Meeting meeting(String meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    private Meeting decidingMeeting(String meetingId) {
        Meeting meeting = meeting(meetingId);
        if (VotingBody.of(meeting.kind()).isEmpty()) {
            throw new RuleViolationException("meeting-decides-nothing", meeting.title() + " is a " + meeting.kind()
                    + "; only an assembly or the executive committee has proposals and reports");
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolationException("meeting-cancelled", meeting.title() + " was cancelled");
        }
        return meeting;
    }
}
