package io.councilhub.notification.notice;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.mail.Mail;
import io.councilhub.notification.mail.MailAddress;
import io.councilhub.notification.mail.MailRejected;
import io.councilhub.notification.mail.MailTransport;
import io.councilhub.notification.mail.MessageIds;
import io.councilhub.notification.subscriber.Language;
import io.councilhub.notification.subscriber.ListHeaders;
import io.councilhub.notification.subscriber.SubscriptionSettings;
import io.councilhub.notification.subscriber.SuppressionReason;
import io.councilhub.notification.subscriber.Suppressions;
import io.councilhub.notification.subscriber.UnsubscribeLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends a notice once per (event, kind, recipient). Before sending, a {@link NoticeRecord} with an id
 * derived from those is inserted (the unique key): a redelivered event finds it SENT and sends nothing.
 * A record still PENDING (the last attempt failed or crashed) is sent again with the same Message-ID.
 * Suppressed addresses get nothing. A 4xx after the transport's retries propagates, so the binder
 * retries the event (and dead-letters it in the end); a 5xx is permanent: the address is suppressed
 * (hard bounce) and the notice recorded REJECTED.
 */
@Component
@EnableConfigurationProperties(NoticeSettings.class)
class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final NoticeRecords records;
    private final NoticeTemplates templates;
    private final MailTransport transport;
    private final Suppressions suppressions;
    private final UnsubscribeLinks links;
    private final SubscriptionSettings mailSettings;
    private final NoticeSettings settings;
    private final Clock clock = Clock.systemUTC();

    Notices(NoticeRecords records, NoticeTemplates templates, MailTransport transport, Suppressions suppressions,
            UnsubscribeLinks links, SubscriptionSettings mailSettings, NoticeSettings settings) {
        this.records = records;
        this.templates = templates;
        this.transport = transport;
        this.suppressions = suppressions;
        this.links = links;
        this.mailSettings = mailSettings;
        this.settings = settings;
    }

    /** The secretariat as a recipient (the address is a setting). */
    NoticeRecipient secretariat() {
        return NoticeRecipient.of(Email.of(settings.secretariatAddress()), settings.secretariatName());
    }

    /** Sends {@code kind} for {@code eventId} to each recipient (an address once), each with its own values. */
    void send(NoticeKind kind, String eventId, Collection<NoticeRecipient> recipients,
              Function<NoticeRecipient, Map<String, String>> values) {
        Map<String, NoticeRecipient> distinct = new LinkedHashMap<>();
        recipients.forEach(recipient -> distinct.putIfAbsent(key(recipient.email()), recipient));
        for (NoticeRecipient recipient : distinct.values()) {
            send(kind, eventId, recipient, values.apply(recipient));
        }
    }

    void send(NoticeKind kind, String eventId, NoticeRecipient recipient, Map<String, String> values) {
        String address = key(recipient.email());
        String id = id(eventId, kind, address);
        NoticeRecord record = records.findById(id).orElse(null);
        if (record != null && record.done()) {
            log.debug("notice {} for event {} to {} already {}", kind, eventId, recipient.email().masked(), record.status());
            return;
        }
        if (record == null) {
            try {
                record = records.insert(new NoticeRecord(id, eventId, kind, address,
                        MessageIds.of("notice", eventId + "/" + kind.name(), address), clock.instant()));
            } catch (DuplicateKeyException concurrently) {
                return;
            }
        }
        boolean suppressed = recipient.listEntry() == null
                ? suppressions.isSuppressed(recipient.email())
                : suppressions.isSuppressed(recipient.email(), recipient.listEntry().list());
        if (suppressed) {
            record.suppressed();
            records.save(record);
            log.info("notice {} not sent to suppressed {}", kind, recipient.email().masked());
            return;
        }
        Mail mail = compose(kind, recipient, values, record.messageId());
        try {
            transport.send(mail);
            record.sent(clock.instant());
        } catch (MailRejected permanent) {
            log.warn("notice {} to {} refused permanently ({}): address suppressed", kind, recipient.email().masked(),
                    permanent.smtpCode());
            suppressions.suppress(recipient.email(), SuppressionReason.HARD_BOUNCE);
            record.rejected(permanent.smtpCode() + " " + permanent.getMessage());
        }
        records.save(record);
    }

    private Mail compose(NoticeKind kind, NoticeRecipient recipient, Map<String, String> values, String messageId) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putIfAbsent("name", recipient.name() == null || recipient.name().isBlank()
                ? (recipient.language() == Language.EN ? "Sir or Madam" : "ご担当者") : recipient.name());
        NoticeTemplates.Rendered rendered = templates.render(kind, recipient.language(), all);
        String text = rendered.text();
        Mail.Builder mail = Mail.builder()
                .from(new MailAddress(Email.of(mailSettings.fromAddress()), mailSettings.fromName()))
                .to(new MailAddress(recipient.email(), recipient.name()))
                .subject(rendered.subject())
                .messageId(messageId);
        if (recipient.listEntry() != null) {
            ListHeaders headers = links.headers(recipient.listEntry());
            headers.asMap().forEach(mail::header);
            text = text + (recipient.language() == Language.EN
                    ? "\n--\nTo stop receiving these mails: " + headers.visibleUnsubscribe() + "\n"
                    : "\n--\n配信停止はこちら: " + headers.visibleUnsubscribe() + "\n");
        }
        return mail.text(text).build();
    }

    static String id(String eventId, NoticeKind kind, String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "\u0000" + kind.name() + "\u0000" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String key(Email email) {
        return email.value().toLowerCase(Locale.ROOT);
    }
}
