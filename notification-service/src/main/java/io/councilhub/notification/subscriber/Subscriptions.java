package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * A subscriber's own steps, by e-mail only (no login): sign up to the newsletter (double opt-in: a
 * confirmation mail with a signed link that expires), confirm, unsubscribe with a signed link. A
 * signup answers the same whatever the address's state, so the form does not tell who is subscribed.
 * Forged or expired tokens are refused (400) and change nothing; a valid token for an entry that no
 * longer exists is a 404.
 */
@Component
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final SubscriberRecords records;
    private final Suppressions suppressions;
    private final SubscriptionTokens tokens;
    private final ConfirmationMail confirmationMail;
    private final Clock clock = Clock.systemUTC();

    Subscriptions(SubscriberRecords records, Suppressions suppressions, SubscriptionTokens tokens,
                  ConfirmationMail confirmationMail) {
        this.records = records;
        this.suppressions = suppressions;
        this.tokens = tokens;
        this.confirmationMail = confirmationMail;
    }

    /** 購読申込 to the newsletter: a PENDING entry and a confirmation mail, unless the address may not be written to or is already active. */
    public void signUp(Email email, Subscriber.Person person) {
        if (suppressions.isSuppressed(email)) {
            log.info("signup for suppressed address {} ignored", email.masked());
            return;
        }
        MailingList list = MailingList.NEWSLETTER;
        Optional<Subscriber> existing = records.findByListAndAddress(list, Subscriber.key(email));
        Subscriber entry;
        if (existing.isPresent()) {
            entry = existing.get();
            if (entry.active()) {
                log.info("signup for {} already active on {}", email.masked(), list);
                return;
            }
            entry.signUpAgain(person, clock.instant());
        } else {
            entry = Subscriber.signUp(list, email, person, nextPosition(list), clock.instant());
        }
        entry = records.save(entry);
        confirmationMail.send(entry, clock.instant());
    }

    /** Confirms the signup the token was issued for; confirming again is harmless. */
    public Subscriber confirm(String token) {
        Subscriber entry = entry(SubscriptionTokens.Purpose.CONFIRM, token);
        entry.confirm(clock.instant());
        suppressions.lift(entry.email(), entry.list());
        return records.save(entry);
    }

    /** The entry a still-valid confirmation token names (for the confirmation page), without changing it. */
    public Subscriber confirming(String token) {
        return entry(SubscriptionTokens.Purpose.CONFIRM, token);
    }

    /** The entry a still-valid unsubscribe token names (for the confirmation page), without changing it. */
    public Subscriber unsubscribing(String token) {
        return entry(SubscriptionTokens.Purpose.UNSUBSCRIBE, token);
    }

    /** 配信停止 (RFC 8058 one-click or the page's button): the address leaves the list and is suppressed for it. */
    public Subscriber unsubscribe(String token) {
        Subscriber entry = entry(SubscriptionTokens.Purpose.UNSUBSCRIBE, token);
        suppressions.suppress(entry.email(), SuppressionReason.UNSUBSCRIBED, entry.list());
        return records.findById(entry.id()).orElse(entry);
    }

    private Subscriber entry(SubscriptionTokens.Purpose purpose, String token) {
        String id = tokens.verify(purpose, token)
                .orElseThrow(() -> new InvalidFieldException("token", "リンクが無効か期限切れです (the link is invalid or has expired)"));
        return records.findById(id).orElseThrow(() -> new NotFoundException("subscription", id));
    }

    private long nextPosition(MailingList list) {
        return records.findTopByListOrderByPositionDesc(list).map(Subscriber::position).orElse(0L) + 1;
    }
}
