package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Who is on a list: the read API for senders (newsletters, notices). Only ACTIVE entries whose
 * address is not suppressed (everywhere or on that list) are recipients, in order of registration.
 */
@Component
public class Subscribers {

    private static final Sort IN_ORDER = Sort.by("position", "id");

    private final SubscriberRecords records;
    private final Suppressions suppressions;

    Subscribers(SubscriberRecords records, Suppressions suppressions) {
        this.records = records;
        this.suppressions = suppressions;
    }

    /** The recipients of a list now, in order of registration. */
    public List<Recipient> active(MailingList list) {
        try (Stream<Recipient> recipients = streamActive(list)) {
            return recipients.toList();
        }
    }

    /**
     * The recipients of a list as a stream from the store (for large lists); close it after use
     * (try-with-resources).
     */
    public Stream<Recipient> streamActive(MailingList list) {
        Set<String> suppressed = suppressions.suppressedFor(list);
        return records.streamByListAndStatus(list, SubscriberStatus.ACTIVE, IN_ORDER)
                .filter(entry -> !suppressed.contains(Suppressions.key(entry.email())))
                .map(Subscriber::recipient);
    }

    /** Calls {@code each} for every recipient of the list, streaming from the store. */
    public void forEachActive(MailingList list, Consumer<Recipient> each) {
        try (Stream<Recipient> recipients = streamActive(list)) {
            recipients.forEach(each);
        }
    }

    /** How many ACTIVE entries the list has (suppressed addresses are not ACTIVE). */
    public long countActive(MailingList list) {
        return records.countByListAndStatus(list, SubscriberStatus.ACTIVE);
    }

    /** The address's entry on the list, if it is an active recipient. */
    public Optional<Recipient> activeRecipient(MailingList list, Email email) {
        return records.findByListAndAddress(list, Subscriber.key(email))
                .filter(Subscriber::active)
                .map(Subscriber::recipient)
                .filter(recipient -> !suppressions.isSuppressed(recipient.email(), list));
    }

    /** The entry by id, whatever its status (for unsubscribe statistics and pages). */
    public Optional<Subscriber> byId(String subscriberId) {
        return records.findById(subscriberId);
    }

    /** The entries of the member list that came from this member's contacts. */
    public List<Recipient> ofMember(MailingList list, String memberId) {
        return records.findByListAndMemberId(list, memberId).stream()
                .filter(Subscriber::active)
                .map(Subscriber::recipient)
                .filter(recipient -> !suppressions.isSuppressed(recipient.email(), list))
                .toList();
    }
}
