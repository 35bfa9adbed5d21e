package io.councilhub.notification.notice;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberContactsChanged;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.notification.member.MemberDirectory;
import io.councilhub.notification.member.MemberRecord;
import io.councilhub.notification.subscriber.MemberLists;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Membership's events: the directory and the member and officer lists follow them, and notices go out.
 * <p>
 * Welcome: MemberAdmitted carries no address, and membership publishes the new member's contacts
 * right after (MemberContactsChanged, same key, same partition, so in order). So the welcome waits for
 * the member's first contacts and goes to all of them (every contact with an address, whatever the
 * role), keyed by the MemberAdmitted event id; if the contacts are already known (a re-admission) it
 * goes at once. It is sent once: a later contacts change does not welcome anybody again.
 * Withdrawal: the member's contacts leave the lists, and the secretariat gets a notice.
 */
@Component
class MembershipNotices {

    private final MemberDirectory directory;
    private final MemberLists lists;
    private final Notices notices;
    private final Audiences audiences;

    MembershipNotices(MemberDirectory directory, MemberLists lists, Notices notices, Audiences audiences) {
        this.directory = directory;
        this.lists = lists;
        this.notices = notices;
        this.audiences = audiences;
    }

    void on(MemberAdmitted admitted, EventMetadata metadata) {
        directory.on(admitted, metadata.id());
        directory.member(admitted.memberId()).filter(MemberRecord::contactsKnown).ifPresent(member -> {
            lists.refresh(member);
            welcome(member);
        });
    }

    void on(MemberContactsChanged changed, EventMetadata metadata) {
        MemberRecord member = directory.on(changed);
        lists.refresh(member);
        welcome(member);
    }

    void on(MemberWithdrawn withdrawn, EventMetadata metadata) {
        MemberRecord member = directory.on(withdrawn);
        lists.refresh(member);
        notices.send(NoticeKind.MEMBER_WITHDRAWN, metadata.id(), notices.secretariat(), Map.of(
                "member", Formats.text(withdrawn.name() != null ? withdrawn.name() : member.name()),
                "memberId", withdrawn.memberId(),
                "withdrawnOn", Formats.date(withdrawn.withdrawnOn(), io.councilhub.notification.subscriber.Language.JA),
                "reason", Formats.text(withdrawn.reason()),
                "contacts", String.valueOf(member.contacts().size())));
    }

    void on(OfficerRosterAdopted adopted, EventMetadata metadata) {
        if (directory.on(adopted)) {
            lists.refreshOfficers();
        }
    }

    private void welcome(MemberRecord member) {
        String admittedEvent = member.pendingWelcome();
        if (admittedEvent == null || member.isWithdrawn()) {
            return;
        }
        List<NoticeRecipient> recipients = audiences.allContacts(member.id());
        if (recipients.isEmpty()) {
            return;
        }
        notices.send(NoticeKind.WELCOME, admittedEvent, recipients, recipient -> Map.of(
                "member", Formats.text(member.name()),
                "admittedOn", Formats.date(member.admittedOn(), recipient.language())));
        directory.welcomed(member.id());
    }
}
