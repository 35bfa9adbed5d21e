package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.NotFoundException;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;

/**
 * Unsubscribe links for one recipient of one list, signed and expiring. The one-click URL
 * ({@code List-Unsubscribe}, answered by a POST with {@code List-Unsubscribe=One-Click}) and the
 * visible link in the body are the same address: a GET shows a page with a button and never
 * unsubscribes by itself (link scanners follow GETs).
 */
@Component
public class UnsubscribeLinks {

    static final String PATH = "/api/public/subscriptions/unsubscribe";

    private final SubscriptionSettings settings;
    private final SubscriptionTokens tokens;
    private final SubscriberRecords records;
    private final Clock clock = Clock.systemUTC();

    UnsubscribeLinks(SubscriptionSettings settings, SubscriptionTokens tokens, SubscriberRecords records) {
        this.settings = settings;
        this.tokens = tokens;
        this.records = records;
    }

    /** The headers and link for a recipient as {@link Subscribers} gave it (no store access). */
    public ListHeaders headers(Recipient recipient) {
        URI url = oneClickUrl(recipient);
        return new ListHeaders(listId(recipient.list()), url, url);
    }

    /** The headers and link for an address on a list; 404 if the address is not on it. */
    public ListHeaders headers(MailingList list, Email email) {
        Subscriber entry = records.findByListAndAddress(list, Subscriber.key(email))
                .orElseThrow(() -> new NotFoundException("subscriber", email.masked()));
        return headers(entry.recipient());
    }

    /** The https URL for {@code List-Unsubscribe}: a POST to it unsubscribes. */
    public URI oneClickUrl(Recipient recipient) {
        String token = tokens.issue(SubscriptionTokens.Purpose.UNSUBSCRIBE, recipient.subscriberId(),
                clock.instant().plus(settings.unsubscribeValidity()));
        return URI.create(settings.publicBaseUrl() + PATH + "?token=" + token);
    }

    /** The link to show in the body (the same URL: GET shows a confirmation page). */
    public URI visibleUrl(Recipient recipient) {
        return oneClickUrl(recipient);
    }

    /** RFC 2919 List-Id: {@code "newsletter" <newsletter.lists.councilhub.localhost>}. */
    public String listId(MailingList list) {
        return "\"councilhub " + list.slug() + "\" <" + list.slug() + "." + settings.listIdDomain() + ">";
    }
}
