package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.member.ContactRole;
import io.councilhub.notification.member.MemberContact;
import io.councilhub.notification.member.MemberDirectory;
import io.councilhub.notification.member.MemberRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the lists that follow the member roll in step with it, from what {@link MemberDirectory} knows:
 * {@link MailingList#MEMBERS} holds every contact with the NEWSLETTER role of an active member;
 * {@link MailingList#OFFICERS} the addresses that reach the current roster's officers (the directory's
 * rule). Entries are replaced per member (a contact that lost the role, or a withdrawn member, leaves
 * the list); an address unsubscribed from or suppressed for a list stays so when it comes back.
 * Re-running with the same state changes nothing.
 */
@Component
public class MemberLists {

    private static final Logger log = LoggerFactory.getLogger(MemberLists.class);

    private final SubscriberRecords records;
    private final Suppressions suppressions;
    private final MemberDirectory directory;
    private final Clock clock = Clock.systemUTC();

    MemberLists(SubscriberRecords records, Suppressions suppressions, MemberDirectory directory) {
        this.records = records;
        this.suppressions = suppressions;
        this.directory = directory;
    }

    /** The member's contacts or status changed: its entries on the member list (and, if an officer's, the officer list) follow. */
    public void refresh(MemberRecord member) {
        Map<String, Subscriber.Person> wanted = new LinkedHashMap<>();
        if (!member.isWithdrawn()) {
            for (MemberContact contact : member.contacts(ContactRole.NEWSLETTER)) {
                addressOf(contact).ifPresent(email -> wanted.putIfAbsent(email.value(),
                        new Subscriber.Person(contact.name(), member.name(), contact.department(), Language.JA)));
            }
        }
        replace(MailingList.MEMBERS, member.id(), wanted, Subscriber.Source.MEMBER_CONTACTS);
        if (member.isWithdrawn() || directory.hasOfficer(member.id())) {
            refreshOfficers();
        }
    }

    /** The officer list becomes the addresses that reach the current roster's officers. */
    public void refreshOfficers() {
        Map<String, Map<String, Subscriber.Person>> byMember = new LinkedHashMap<>();
        for (MemberDirectory.OfficerContact officer : directory.officerContacts()) {
            addressOf(officer.contact()).ifPresent(email -> byMember
                    .computeIfAbsent(officer.memberId(), id -> new LinkedHashMap<>())
                    .putIfAbsent(email.value(), new Subscriber.Person(officer.contact().name(), officer.organisation(),
                            officer.contact().department(), Language.JA)));
        }
        Set<String> memberIds = new HashSet<>(byMember.keySet());
        for (Subscriber entry : records.findByList(MailingList.OFFICERS, org.springframework.data.domain.Sort.by("position"))) {
            if (entry.memberId() == null || !memberIds.contains(entry.memberId())) {
                records.delete(entry);
            }
        }
        byMember.forEach((memberId, wanted) ->
                replace(MailingList.OFFICERS, memberId, wanted, Subscriber.Source.OFFICER_ROSTER));
    }

    private void replace(MailingList list, String memberId, Map<String, Subscriber.Person> wanted, Subscriber.Source source) {
        Set<String> wantedKeys = new HashSet<>();
        wanted.keySet().forEach(address -> wantedKeys.add(Subscriber.key(Email.of(address))));
        for (Subscriber entry : records.findByListAndMemberId(list, memberId)) {
            if (!wantedKeys.contains(Subscriber.key(entry.email()))) {
                records.delete(entry);
            }
        }
        wanted.forEach((address, person) -> {
            Email email = Email.of(address);
            Subscriber entry = records.findByListAndAddress(list, Subscriber.key(email)).orElse(null);
            if (entry == null) {
                entry = Subscriber.enrol(list, email, person, nextPosition(list), source, memberId, clock.instant());
                if (suppressions.isSuppressed(email)) {
                    entry.suppress(clock.instant());
                } else if (suppressions.isSuppressed(email, list)) {
                    entry.unsubscribe(clock.instant());
                }
                records.save(entry);
            } else if (entry.describe(person) | entry.belongTo(memberId)) {
                records.save(entry);
            }
        });
    }

    private long nextPosition(MailingList list) {
        return records.findTopByListOrderByPositionDesc(list).map(Subscriber::position).orElse(0L) + 1;
    }

    private static java.util.Optional<Email> addressOf(MemberContact contact) {
        if (!contact.hasEmail()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Email.of(contact.email()));
        } catch (IllegalArgumentException notAnAddress) {
            log.warn("contact {} has an address that is not one; left off the lists", contact.contactId());
            return java.util.Optional.empty();
        }
    }
}
