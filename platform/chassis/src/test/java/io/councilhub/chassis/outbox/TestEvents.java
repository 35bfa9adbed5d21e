package io.councilhub.chassis.outbox;

import io.councilhub.contracts.DomainEvent;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.EventType;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds Kafka records exactly as the outbox relay publishes them, for consumer tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static ProducerRecord<String, byte[]> record(DomainEvent event, String eventId) {
        return record(EventCatalogue.of(event.getClass()), event.subject(),
                new String(EventJson.write(event), StandardCharsets.UTF_8), eventId);
    }

    /** A record of {@code type} with a raw JSON payload, such as a contract sample. */
    public static ProducerRecord<String, byte[]> record(EventType<?> type, String subject, String json, String eventId) {
        return OutboxRelay.record(new OutboxEntry(eventId, type.wireName(), type.source(), type.topic(), subject,
                Instant.now(), "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", json));
    }
}
