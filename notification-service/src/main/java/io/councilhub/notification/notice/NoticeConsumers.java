package io.councilhub.notification.notice;

import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.finance.BudgetAdopted;
import io.councilhub.contracts.finance.DuesInvoiceIssued;
import io.councilhub.contracts.finance.DuesPaid;
import io.councilhub.contracts.meetings.MeetingCancelled;
import io.councilhub.contracts.meetings.MeetingReminderDue;
import io.councilhub.contracts.meetings.MeetingRescheduled;
import io.councilhub.contracts.meetings.MeetingScheduled;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.contracts.meetings.RegistrationCancelled;
import io.councilhub.contracts.meetings.RegistrationConfirmed;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberContactsChanged;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import io.councilhub.contracts.subcommittees.RepresentativeLost;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * One binding per consumed topic (group {@code notification}, retries with back-off, a dead-letter topic:
 * see application.yml): {@code membershipEvents}, {@code financeEvents}, {@code meetingEvents},
 * {@code subcommitteeEvents}. Types without a handler are skipped.
 */
@Configuration(proxyBeanMethods = false)
class NoticeConsumers {

    @Bean
    Consumer<Message<byte[]>> membershipEvents(MembershipNotices membership) {
        return EventRouter.create()
                .on(MemberAdmitted.class, membership::on)
                .on(MemberContactsChanged.class, membership::on)
                .on(MemberWithdrawn.class, membership::on)
                .on(OfficerRosterAdopted.class, membership::on);
    }

    @Bean
    Consumer<Message<byte[]>> financeEvents(FinanceNotices finance) {
        return EventRouter.create()
                .on(BudgetAdopted.class, finance::on)
                .on(DuesInvoiceIssued.class, finance::on)
                .on(DuesPaid.class, finance::on);
    }

    @Bean
    Consumer<Message<byte[]>> meetingEvents(MeetingNotices meetings) {
        return EventRouter.create()
                .on(MeetingScheduled.class, meetings::on)
                .on(MeetingRescheduled.class, meetings::on)
                .on(MeetingCancelled.class, meetings::on)
                .on(MeetingReminderDue.class, meetings::on)
                .on(RegistrationConfirmed.class, meetings::on)
                .on(RegistrationCancelled.class, meetings::on)
                .on(ProposalApproved.class, meetings::on)
                .on(ProposalRejected.class, meetings::on);
    }

    @Bean
    Consumer<Message<byte[]>> subcommitteeEvents(SubcommitteeNotices subcommittees) {
        return EventRouter.create()
                .on(ActivityPlanApproved.class, subcommittees::on)
                .on(RepresentativeLost.class, subcommittees::on);
    }
}
