package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The suppression list no send ever passes. An address is suppressed everywhere (hard bounce,
 * complaint, the secretariat's decision, an unsubscribe from everything) or on one list (an
 * unsubscribe from that list: it still gets its invoices). Suppressing also takes the address's
 * list entries out of the active recipients. Addresses compare case-insensitively.
 */
@Component
public class Suppressions {

    private final SuppressionRecords records;
    private final SubscriberRecords subscribers;
    private final Clock clock = Clock.systemUTC();

    Suppressions(SuppressionRecords records, SubscriberRecords subscribers) {
        this.records = records;
        this.subscribers = subscribers;
    }

    /** Whether the address must get nothing at all (notices included). */
    public boolean isSuppressed(Email email) {
        return records.existsById(Suppression.id(key(email), Suppression.EVERYWHERE));
    }

    /** Whether the address must get nothing from this list (suppressed everywhere, or unsubscribed from it). */
    public boolean isSuppressed(Email email, MailingList list) {
        String address = key(email);
        return records.existsById(Suppression.id(address, Suppression.EVERYWHERE))
                || records.existsById(Suppression.id(address, list.slug()));
    }

    /**
     * Of these addresses, those that must get nothing from this list (lower-cased): one store query for a whole
     * batch of a send instead of two look-ups per copy.
     */
    public Set<String> suppressedAmong(Collection<Email> emails, MailingList list) {
        List<String> ids = new ArrayList<>(emails.size() * 2);
        for (Email email : emails) {
            String address = key(email);
            ids.add(Suppression.id(address, Suppression.EVERYWHERE));
            ids.add(Suppression.id(address, list.slug()));
        }
        Set<String> suppressed = new HashSet<>();
        for (Suppression suppression : records.findAllById(ids)) {
            suppressed.add(suppression.address());
        }
        return suppressed;
    }

    /** Suppresses the address everywhere; its entries on every list become SUPPRESSED. Idempotent. */
    public void suppress(Email email, SuppressionReason reason) {
        String address = key(email);
        insert(new Suppression(address, Suppression.EVERYWHERE, reason, clock.instant()));
        for (Subscriber entry : subscribers.findByAddress(address)) {
            if (entry.suppress(clock.instant())) {
                subscribers.save(entry);
            }
        }
    }

    /** Suppresses the address on one list only (an unsubscribe); its entry there becomes UNSUBSCRIBED. Idempotent. */
    public void suppress(Email email, SuppressionReason reason, MailingList list) {
        String address = key(email);
        insert(new Suppression(address, list.slug(), reason, clock.instant()));
        subscribers.findByListAndAddress(list, address).ifPresent(entry -> {
            if (entry.unsubscribe(clock.instant())) {
                subscribers.save(entry);
            }
        });
    }

    /** The address consented again to the list (a confirmed new signup): its unsubscribe from that list is lifted. */
    void lift(Email email, MailingList list) {
        records.deleteById(Suppression.id(key(email), list.slug()));
    }

    /** Every address suppressed for this list (everywhere or on it), lower-cased: for filtering a large send in memory. */
    Set<String> suppressedFor(MailingList list) {
        Set<String> addresses = new HashSet<>();
        for (Suppression suppression : records.findAll()) {
            if (suppression.scope().equals(Suppression.EVERYWHERE) || suppression.scope().equals(list.slug())) {
                addresses.add(suppression.address());
            }
        }
        return addresses;
    }

    private void insert(Suppression suppression) {
        if (records.existsById(Suppression.id(suppression.address(), suppression.scope()))) {
            return;
        }
        try {
            records.insert(suppression);
        } catch (DuplicateKeyException alreadyThere) {
            // suppressed concurrently: the first record stands
        }
    }

    static String key(Email email) {
        return email.value().toLowerCase(Locale.ROOT);
    }
}
