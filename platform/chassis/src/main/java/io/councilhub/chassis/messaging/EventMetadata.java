package io.councilhub.chassis.messaging;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * The envelope of an inbound event: its id (the idempotency key), type, source, subject, time and
 * trace context, read from the CloudEvents headers of a Kafka record.
 */
public record EventMetadata(String id, String type, String source, String subject, Instant time, String traceparent) {

    public EventMetadata {
        Objects.requireNonNull(id, "ce_id");
        Objects.requireNonNull(type, "ce_type");
    }

    /** Reads the envelope; a record without {@code ce_id} or {@code ce_type} is not an event of ours. */
    static EventMetadata from(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        String id = attribute(headers, CloudEventHeaders.ID);
        String type = attribute(headers, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new NotAnEventException("record without ce_id or ce_type headers (it has " + headers.keySet() + ")");
        }
        String time = attribute(headers, CloudEventHeaders.TIME);
        return new EventMetadata(id, type, attribute(headers, CloudEventHeaders.SOURCE),
                attribute(headers, CloudEventHeaders.SUBJECT), time == null ? null : Instant.parse(time),
                text(headers.get(CloudEventHeaders.TRACEPARENT)));
    }

    /**
     * A CloudEvents attribute by its Kafka header name ({@code ce_id}); Spring Cloud Function may hand
     * it over canonicalised with the HTTP binding's prefix ({@code ce-id}), so both are read.
     */
    private static String attribute(MessageHeaders headers, String kafkaName) {
        String value = text(headers.get(kafkaName));
        return value != null ? value : text(headers.get("ce-" + kafkaName.substring(3)));
    }

    /** The binder hands raw Kafka headers over as bytes or, once mapped, as strings. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    /** Thrown for a record that does not carry a CloudEvents envelope; it goes to the dead-letter topic. */
    public static final class NotAnEventException extends RuntimeException {
        NotAnEventException(String message) {
            super(message);
        }
    }
}
