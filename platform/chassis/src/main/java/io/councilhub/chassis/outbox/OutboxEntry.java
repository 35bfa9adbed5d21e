package io.councilhub.chassis.outbox;

import io.councilhub.chassis.messaging.TraceContext;
import io.councilhub.contracts.DomainEvent;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.EventType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One event waiting in an aggregate's outbox, already in its wire form: the CloudEvents attributes,
 * the record key and the JSON payload. Its {@code eventId} is the {@code ce_id} consumers deduplicate on.
 * The payload may carry personal data (a contact list), so {@link #toString()} leaves it out.
 */
public record OutboxEntry(String eventId, String type, String source, String topic, String subject, Instant time,
                          String traceparent, String payload) {

    static OutboxEntry of(DomainEvent event, Instant now) {
        EventType<?> type = EventCatalogue.of(event.getClass());
        return new OutboxEntry(UUID.randomUUID().toString(), type.wireName(), type.source(), type.topic(),
                event.subject(), now, TraceContext.nextTraceparent(),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    /** Everything but the payload, which may hold personal data and must never reach a log line. */
    @Override
    public String toString() {
        return "OutboxEntry[eventId=" + eventId + ", type=" + type + ", topic=" + topic + ", subject=" + subject
                + ", time=" + time + ", payload=(" + (payload == null ? 0 : payload.length()) + " chars)]";
    }
}
