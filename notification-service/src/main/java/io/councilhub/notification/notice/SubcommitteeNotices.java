package io.councilhub.notification.notice;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import io.councilhub.contracts.subcommittees.RepresentativeLost;
import io.councilhub.notification.member.MemberDirectory;
import io.councilhub.notification.subscriber.Language;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The subcommittees' events, both to the secretariat. ActivityPlanApproved carries neither the
 * representative nor an address (subcommittee-service does not publish its representative's contact),
 * so the secretariat gets the plan's approval and grant and forwards it to the representative; a lost
 * representative (their organisation withdrew) asks the secretariat to find a new one.
 */
@Component
class SubcommitteeNotices {

    private final Notices notices;
    private final MemberDirectory directory;

    SubcommitteeNotices(Notices notices, MemberDirectory directory) {
        this.notices = notices;
        this.directory = directory;
    }

    void on(ActivityPlanApproved approved, EventMetadata metadata) {
        notices.send(NoticeKind.ACTIVITY_PLAN_APPROVED, metadata.id(), notices.secretariat(), Map.of(
                "subcommittee", Formats.text(approved.subcommitteeName()),
                "fiscalYear", Formats.fiscalYear(approved.fiscalYear(), Language.JA),
                "grant", Formats.yen(approved.grantYen(), Language.JA),
                "approvedOn", Formats.date(approved.approvedOn(), Language.JA),
                "planId", approved.planId()));
    }

    void on(RepresentativeLost lost, EventMetadata metadata) {
        String member = directory.member(lost.memberId()).map(m -> Formats.text(m.name())).orElse(lost.memberId());
        notices.send(NoticeKind.REPRESENTATIVE_LOST, metadata.id(), notices.secretariat(), Map.of(
                "subcommittee", Formats.text(lost.subcommitteeName()),
                "member", member,
                "lostOn", Formats.date(lost.lostOn(), Language.JA)));
    }
}
