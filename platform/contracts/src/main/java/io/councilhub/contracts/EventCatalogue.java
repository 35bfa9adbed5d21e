package io.councilhub.contracts;

import io.councilhub.contracts.finance.BudgetAdopted;
import io.councilhub.contracts.finance.BudgetProposed;
import io.councilhub.contracts.finance.DuesInvoiceIssued;
import io.councilhub.contracts.finance.DuesPaid;
import io.councilhub.contracts.finance.GrantAllocated;
import io.councilhub.contracts.finance.SettlementClosed;
import io.councilhub.contracts.meetings.MeetingScheduled;
import io.councilhub.contracts.meetings.MeetingRescheduled;
import io.councilhub.contracts.meetings.MeetingCancelled;
import io.councilhub.contracts.meetings.RegistrationConfirmed;
import io.councilhub.contracts.meetings.RegistrationCancelled;
import io.councilhub.contracts.meetings.AttendanceRecorded;
import io.councilhub.contracts.meetings.MeetingReminderDue;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberApplied;
import io.councilhub.contracts.membership.MemberContactsChanged;
import io.councilhub.contracts.membership.MemberRenamed;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.contracts.notifications.NewsletterIssueSent;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import io.councilhub.contracts.subcommittees.ActivityPlanSubmitted;
import io.councilhub.contracts.subcommittees.ActivityReported;
import io.councilhub.contracts.subcommittees.RepresentativeLost;
import io.councilhub.contracts.subcommittees.SubcommitteeDissolved;
import io.councilhub.contracts.subcommittees.SubcommitteeEstablished;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single catalogue of event types: wire names ({@code io.councilhub.<context>.<Event>.v<N>}),
 * their records and topics. Producers and consumers look types up here and nowhere else.
 */
public final class EventCatalogue {

    private static final String MEMBERSHIP_SOURCE = "/councilhub/membership";
    private static final String FINANCE_SOURCE = "/councilhub/finance";
    private static final String EVENTS_SOURCE = "/councilhub/events";
    private static final String SUBCOMMITTEE_SOURCE = "/councilhub/subcommittee";
    private static final String NOTIFICATION_SOURCE = "/councilhub/notification";

    public static final EventType<MemberApplied> MEMBER_APPLIED = membership("MemberApplied", MemberApplied.class);
    public static final EventType<MemberAdmitted> MEMBER_ADMITTED = membership("MemberAdmitted", MemberAdmitted.class);
    public static final EventType<MemberRenamed> MEMBER_RENAMED = membership("MemberRenamed", MemberRenamed.class);
    public static final EventType<MemberWithdrawn> MEMBER_WITHDRAWN = membership("MemberWithdrawn", MemberWithdrawn.class);
    public static final EventType<MemberContactsChanged> MEMBER_CONTACTS_CHANGED =
            membership("MemberContactsChanged", MemberContactsChanged.class);
    public static final EventType<OfficerRosterAdopted> OFFICER_ROSTER_ADOPTED =
            membership("OfficerRosterAdopted", OfficerRosterAdopted.class);

    public static final EventType<DuesInvoiceIssued> DUES_INVOICE_ISSUED = finance("DuesInvoiceIssued", DuesInvoiceIssued.class);
    public static final EventType<DuesPaid> DUES_PAID = finance("DuesPaid", DuesPaid.class);
    public static final EventType<BudgetProposed> BUDGET_PROPOSED = finance("BudgetProposed", BudgetProposed.class);
    public static final EventType<BudgetAdopted> BUDGET_ADOPTED = finance("BudgetAdopted", BudgetAdopted.class);
    public static final EventType<GrantAllocated> GRANT_ALLOCATED = finance("GrantAllocated", GrantAllocated.class);
    public static final EventType<SettlementClosed> SETTLEMENT_CLOSED = finance("SettlementClosed", SettlementClosed.class);

    public static final EventType<MeetingScheduled> MEETING_SCHEDULED =
            meetings("MeetingScheduled", MeetingScheduled.class);
    public static final EventType<MeetingRescheduled> MEETING_RESCHEDULED =
            meetings("MeetingRescheduled", MeetingRescheduled.class);
    public static final EventType<MeetingCancelled> MEETING_CANCELLED =
            meetings("MeetingCancelled", MeetingCancelled.class);
    public static final EventType<RegistrationConfirmed> REGISTRATION_CONFIRMED =
            meetings("RegistrationConfirmed", RegistrationConfirmed.class);
    public static final EventType<RegistrationCancelled> REGISTRATION_CANCELLED =
            meetings("RegistrationCancelled", RegistrationCancelled.class);
    public static final EventType<AttendanceRecorded> ATTENDANCE_RECORDED =
            meetings("AttendanceRecorded", AttendanceRecorded.class);
    public static final EventType<MeetingReminderDue> MEETING_REMINDER_DUE =
            meetings("MeetingReminderDue", MeetingReminderDue.class);
    public static final EventType<ProposalApproved> PROPOSAL_APPROVED = meetings("ProposalApproved", ProposalApproved.class);
    public static final EventType<ProposalRejected> PROPOSAL_REJECTED = meetings("ProposalRejected", ProposalRejected.class);

    public static final EventType<SubcommitteeEstablished> SUBCOMMITTEE_ESTABLISHED =
            subcommittees("SubcommitteeEstablished", SubcommitteeEstablished.class);
    public static final EventType<ActivityPlanSubmitted> ACTIVITY_PLAN_SUBMITTED =
            subcommittees("ActivityPlanSubmitted", ActivityPlanSubmitted.class);
    public static final EventType<ActivityPlanApproved> ACTIVITY_PLAN_APPROVED =
            subcommittees("ActivityPlanApproved", ActivityPlanApproved.class);
    public static final EventType<ActivityReported> ACTIVITY_REPORTED =
            subcommittees("ActivityReported", ActivityReported.class);
    public static final EventType<RepresentativeLost> REPRESENTATIVE_LOST =
            subcommittees("RepresentativeLost", RepresentativeLost.class);
    public static final EventType<SubcommitteeDissolved> SUBCOMMITTEE_DISSOLVED =
            subcommittees("SubcommitteeDissolved", SubcommitteeDissolved.class);

    public static final EventType<NewsletterIssueSent> NEWSLETTER_ISSUE_SENT = new EventType<>(
            "io.councilhub.notification.NewsletterIssueSent.v1", NewsletterIssueSent.class, Topics.NOTIFICATIONS,
            NOTIFICATION_SOURCE);

    private static final List<EventType<?>> ALL = List.of(
            MEMBER_APPLIED, MEMBER_ADMITTED, MEMBER_RENAMED, MEMBER_WITHDRAWN, MEMBER_CONTACTS_CHANGED, OFFICER_ROSTER_ADOPTED,
            DUES_INVOICE_ISSUED, DUES_PAID, BUDGET_PROPOSED, BUDGET_ADOPTED, GRANT_ALLOCATED, SETTLEMENT_CLOSED,
            MEETING_SCHEDULED, MEETING_RESCHEDULED, MEETING_CANCELLED, REGISTRATION_CONFIRMED, REGISTRATION_CANCELLED,
            ATTENDANCE_RECORDED, MEETING_REMINDER_DUE, PROPOSAL_APPROVED, PROPOSAL_REJECTED,
            SUBCOMMITTEE_ESTABLISHED, ACTIVITY_PLAN_SUBMITTED, ACTIVITY_PLAN_APPROVED, ACTIVITY_REPORTED,
            REPRESENTATIVE_LOST, SUBCOMMITTEE_DISSOLVED, NEWSLETTER_ISSUE_SENT);

    private static final Map<String, EventType<?>> BY_WIRE_NAME = index();

    private EventCatalogue() {
    }

    /** Every catalogued type, in catalogue order. */
    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The type with this wire name, or empty for a type this build does not know (consumers skip those). */
    public static Optional<EventType<?>> byWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    /** The catalogue entry of an event record; an uncatalogued record is a programming error. */
    @SuppressWarnings("unchecked")
    public static <E extends DomainEvent> EventType<E> of(Class<E> recordType) {
        for (EventType<?> type : ALL) {
            if (type.recordType().equals(recordType)) {
                return (EventType<E>) type;
            }
        }
        throw new IllegalArgumentException(recordType.getName() + " is not in the event catalogue");
    }

    private static <E extends DomainEvent> EventType<E> membership(String name, Class<E> type) {
        return new EventType<>("io.councilhub.membership." + name + ".v1", type, Topics.MEMBERSHIP, MEMBERSHIP_SOURCE);
    }

    private static <E extends DomainEvent> EventType<E> finance(String name, Class<E> type) {
        return new EventType<>("io.councilhub.finance." + name + ".v1", type, Topics.FINANCE, FINANCE_SOURCE);
    }

    private static <E extends DomainEvent> EventType<E> meetings(String name, Class<E> type) {
        return new EventType<>("io.councilhub.events." + name + ".v1", type, Topics.MEETINGS, EVENTS_SOURCE);
    }

    private static <E extends DomainEvent> EventType<E> subcommittees(String name, Class<E> type) {
        return new EventType<>("io.councilhub.subcommittee." + name + ".v1", type, Topics.SUBCOMMITTEES, SUBCOMMITTEE_SOURCE);
    }

    private static Map<String, EventType<?>> index() {
        Map<String, EventType<?>> index = new LinkedHashMap<>();
        for (EventType<?> type : ALL) {
            if (index.put(type.wireName(), type) != null) {
                throw new IllegalStateException("duplicate wire name " + type.wireName());
            }
        }
        return Map.copyOf(index);
    }
}
