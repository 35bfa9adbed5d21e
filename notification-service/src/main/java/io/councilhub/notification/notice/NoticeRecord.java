package io.councilhub.notification.notice;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One notice to one recipient for one event. Its id is derived from (event id, kind, address), so a
 * redelivered event finds it (the unique key) instead of sending again; the Message-ID is derived from
 * the same, so the one unavoidable duplicate (accepted by SMTP, crashed before SENT was recorded) is
 * visible to the receiver as the same message.
 */
@Document("notices")
class NoticeRecord {

    enum Status { PENDING, SENT, REJECTED, SUPPRESSED }

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String eventId;
    private NoticeKind kind;
    private String address;
    private String messageId;
    private Status status;
    private Instant createdAt;
    private Instant sentAt;
    private String failure;

    private NoticeRecord() {
    }

    NoticeRecord(String id, String eventId, NoticeKind kind, String address, String messageId, Instant now) {
        this.id = id;
        this.eventId = eventId;
        this.kind = kind;
        this.address = address;
        this.messageId = messageId;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
    }

    void rejected(String reason) {
        status = Status.REJECTED;
        failure = reason;
    }

    void suppressed() {
        status = Status.SUPPRESSED;
    }

    boolean done() {
        return status != Status.PENDING;
    }

    String id() { return id; }
    String eventId() { return eventId; }
    NoticeKind kind() { return kind; }
    String address() { return address; }
    String messageId() { return messageId; }
    Status status() { return status; }
}
