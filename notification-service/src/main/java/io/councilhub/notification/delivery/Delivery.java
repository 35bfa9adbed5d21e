package io.councilhub.notification.delivery;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.subscriber.Language;
import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.Recipient;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One recipient's copy of one issue. The id is derived from both ({@code issueId/sha256(address)}), so
 * preparing the same issue twice adds nobody twice; a copy recorded SENT is never sent again.
 */
@Document("newsletter_deliveries")
@CompoundIndex(name = "issue_status_due", def = "{'issueId': 1, 'status': 1, 'nextAttemptAt': 1, 'position': 1}")
class Delivery {

    @Id
    private String id;
    private String issueId;
    private long position;
    private String subscriberId;
    private MailingList list;
    private String email;
    private String name;
    private Language language;
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Integer smtpCode;
    private String lastError;
    private Instant sentAt;
    private String messageId;

    private Delivery() {
    }

    static Delivery pending(String issueId, long position, Recipient recipient, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = idOf(issueId, recipient.email());
        delivery.issueId = issueId;
        delivery.position = position;
        delivery.subscriberId = recipient.subscriberId();
        delivery.list = recipient.list();
        delivery.email = recipient.email().value();
        delivery.name = recipient.name();
        delivery.language = recipient.language();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    static String idOf(String issueId, Email email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.value().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return issueId + "/" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Recipient recipient() {
        return new Recipient(subscriberId, list, Email.of(email), name, language);
    }

    String id() { return id; }
    String issueId() { return issueId; }
    long position() { return position; }
    String email() { return email; }
    String name() { return name; }
    DeliveryStatus status() { return status; }
    int attempts() { return attempts; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    Integer smtpCode() { return smtpCode; }
    String lastError() { return lastError; }
    Instant sentAt() { return sentAt; }
    String messageId() { return messageId; }
}
