package io.councilhub.notification.notice;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.member.ContactRole;
import io.councilhub.notification.member.MemberContact;
import io.councilhub.notification.member.MemberDirectory;
import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.Subscribers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a notice reaches. A meeting's audience: MEMBERS the member list, OFFICERS the officer list,
 * PUBLIC the newsletter list (each entry with its list headers). A member's billing mail: its BILLING
 * contacts, or its PRIMARY contacts if it has no BILLING contact with an address.
 */
@Component
class Audiences {

    private static final Logger log = LoggerFactory.getLogger(Audiences.class);

    private final Subscribers subscribers;
    private final MemberDirectory directory;

    Audiences(Subscribers subscribers, MemberDirectory directory) {
        this.subscribers = subscribers;
        this.directory = directory;
    }

    List<NoticeRecipient> list(MailingList list) {
        return subscribers.active(list).stream().map(NoticeRecipient::of).toList();
    }

    List<NoticeRecipient> meetingAudience(String audience) {
        if (audience == null) {
            return List.of();
        }
        return switch (audience) {
            case "MEMBERS" -> list(MailingList.MEMBERS);
            case "OFFICERS" -> list(MailingList.OFFICERS);
            case "PUBLIC" -> list(MailingList.NEWSLETTER);
            default -> {
                log.warn("meeting audience {} unknown: no notice", audience);
                yield List.of();
            }
        };
    }

    List<NoticeRecipient> billing(String memberId) {
        List<MemberContact> contacts = directory.contacts(memberId, ContactRole.BILLING);
        if (contacts.isEmpty()) {
            contacts = directory.contacts(memberId, ContactRole.PRIMARY);
        }
        return recipients(contacts);
    }

    /** Every contact of the member with an address, whatever their role. */
    List<NoticeRecipient> allContacts(String memberId) {
        return directory.member(memberId).filter(member -> !member.isWithdrawn())
                .map(member -> recipients(member.contacts().stream().filter(MemberContact::hasEmail).toList()))
                .orElse(List.of());
    }

    static Optional<NoticeRecipient> address(String email, String name) {
        try {
            return Optional.of(NoticeRecipient.of(Email.of(email), name));
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            return Optional.empty();
        }
    }

    private static List<NoticeRecipient> recipients(List<MemberContact> contacts) {
        List<NoticeRecipient> recipients = new ArrayList<>();
        for (MemberContact contact : contacts) {
            address(contact.email(), contact.name()).ifPresent(recipients::add);
        }
        return recipients;
    }
}
