package io.councilhub.notification.notice;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.meetings.MeetingCancelled;
import io.councilhub.contracts.meetings.MeetingReminderDue;
import io.councilhub.contracts.meetings.MeetingRescheduled;
import io.councilhub.contracts.meetings.MeetingScheduled;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.contracts.meetings.RegistrationCancelled;
import io.councilhub.contracts.meetings.RegistrationConfirmed;
import io.councilhub.notification.subscriber.MailingList;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The meetings context's events. A scheduled meeting's invitation, a change and a cancellation go to
 * its audience (MEMBERS, OFFICERS or PUBLIC: the member, officer or newsletter list) and, for changes
 * and cancellations, to its confirmed registrants too. The reminder goes to the confirmed registrants
 * (MeetingReminderDue means "remind those who registered"; reminding the whole audience would be noise).
 * A registration's confirmation with the join URL goes to the registrant. Proposal outcomes go to the
 * member list.
 */
@Component
class MeetingNotices {

    private final Notices notices;
    private final Audiences audiences;
    private final MeetingRecords meetings;

    MeetingNotices(Notices notices, Audiences audiences, MeetingRecords meetings) {
        this.notices = notices;
        this.audiences = audiences;
        this.meetings = meetings;
    }

    void on(MeetingScheduled scheduled, EventMetadata metadata) {
        MeetingRecord meeting = meetings.findById(scheduled.meetingId()).orElseGet(() -> MeetingRecord.of(scheduled.meetingId()));
        meeting.scheduled(scheduled.title(), scheduled.audience(), scheduled.startsAt(), scheduled.venue());
        meetings.save(meeting);
        notices.send(NoticeKind.MEETING_INVITATION, metadata.id(), audiences.meetingAudience(scheduled.audience()),
                recipient -> Map.of(
                        "title", Formats.text(scheduled.title()),
                        "startsAt", Formats.dateTime(scheduled.startsAt(), recipient.language()),
                        "endsAt", Formats.dateTime(scheduled.endsAt(), recipient.language()),
                        "format", Formats.text(scheduled.format()),
                        "venue", Formats.text(scheduled.venue())));
    }

    void on(MeetingRescheduled rescheduled, EventMetadata metadata) {
        MeetingRecord meeting = meetings.findById(rescheduled.meetingId()).orElseGet(() -> MeetingRecord.of(rescheduled.meetingId()));
        meeting.rescheduled(rescheduled.startsAt(), rescheduled.venue());
        meetings.save(meeting);
        notices.send(NoticeKind.MEETING_CHANGED, metadata.id(), audienceAndRegistrants(meeting), recipient -> Map.of(
                "title", Formats.text(rescheduled.title()),
                "previousStartsAt", Formats.dateTime(rescheduled.previousStartsAt(), recipient.language()),
                "startsAt", Formats.dateTime(rescheduled.startsAt(), recipient.language()),
                "endsAt", Formats.dateTime(rescheduled.endsAt(), recipient.language()),
                "venue", Formats.text(rescheduled.venue())));
    }

    void on(MeetingCancelled cancelled, EventMetadata metadata) {
        MeetingRecord meeting = meetings.findById(cancelled.meetingId()).orElseGet(() -> MeetingRecord.of(cancelled.meetingId()));
        notices.send(NoticeKind.MEETING_CANCELLED, metadata.id(), audienceAndRegistrants(meeting), recipient -> Map.of(
                "title", Formats.text(cancelled.title()),
                "startsAt", Formats.dateTime(cancelled.startsAt(), recipient.language()),
                "reason", Formats.text(cancelled.reason())));
    }

    void on(MeetingReminderDue due, EventMetadata metadata) {
        MeetingRecord meeting = meetings.findById(due.meetingId()).orElseGet(() -> MeetingRecord.of(due.meetingId()));
        notices.send(NoticeKind.MEETING_REMINDER, metadata.id(), registrants(meeting), recipient -> Map.of(
                "title", Formats.text(due.title()),
                "startsAt", Formats.dateTime(due.startsAt(), recipient.language())));
    }

    void on(RegistrationConfirmed confirmed, EventMetadata metadata) {
        MeetingRecord meeting = meetings.findById(confirmed.meetingId()).orElseGet(() -> MeetingRecord.of(confirmed.meetingId()));
        meeting.registered(confirmed.registrationId(), confirmed.name(), confirmed.email());
        meetings.save(meeting);
        Audiences.address(confirmed.email(), confirmed.name()).ifPresent(registrant ->
                notices.send(NoticeKind.REGISTRATION_CONFIRMED, metadata.id(), registrant, Map.of(
                        "title", Formats.text(confirmed.meetingTitle()),
                        "startsAt", Formats.dateTime(confirmed.startsAt(), registrant.language()),
                        "joinUrl", confirmed.joinUrl() == null || confirmed.joinUrl().isBlank()
                                ? "（会場にお越しください）" : confirmed.joinUrl())));
    }

    void on(RegistrationCancelled cancelled, EventMetadata metadata) {
        meetings.findById(cancelled.meetingId()).ifPresent(meeting -> {
            meeting.cancelled(cancelled.registrationId());
            meetings.save(meeting);
        });
    }

    void on(ProposalApproved approved, EventMetadata metadata) {
        notices.send(NoticeKind.PROPOSAL_APPROVED, metadata.id(), audiences.list(MailingList.MEMBERS), recipient -> Map.of(
                "number", String.valueOf(approved.number()),
                "title", Formats.text(approved.title()),
                "decidedOn", Formats.date(approved.decidedOn(), recipient.language()),
                "votes", votes(approved.votes(), recipient)));
    }

    void on(ProposalRejected rejected, EventMetadata metadata) {
        notices.send(NoticeKind.PROPOSAL_REJECTED, metadata.id(), audiences.list(MailingList.MEMBERS), recipient -> Map.of(
                "number", String.valueOf(rejected.number()),
                "title", Formats.text(rejected.title()),
                "decidedOn", Formats.date(rejected.decidedOn(), recipient.language()),
                "votes", votes(rejected.votes(), recipient)));
    }

    private static String votes(io.councilhub.contracts.meetings.VoteCount votes, NoticeRecipient recipient) {
        if (votes == null) {
            return "-";
        }
        return recipient.language() == io.councilhub.notification.subscriber.Language.EN
                ? "for " + votes.votesFor() + ", against " + votes.votesAgainst() + ", abstaining " + votes.abstentions()
                : "賛成 " + votes.votesFor() + "、反対 " + votes.votesAgainst() + "、棄権 " + votes.abstentions();
    }

    private List<NoticeRecipient> audienceAndRegistrants(MeetingRecord meeting) {
        List<NoticeRecipient> all = new ArrayList<>(audiences.meetingAudience(meeting.audience()));
        all.addAll(registrants(meeting));
        return all;
    }

    private static List<NoticeRecipient> registrants(MeetingRecord meeting) {
        List<NoticeRecipient> all = new ArrayList<>();
        meeting.registrants().forEach(registrant ->
                Audiences.address(registrant.email(), registrant.name()).ifPresent(all::add));
        return all;
    }
}
