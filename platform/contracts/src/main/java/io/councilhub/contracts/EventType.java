package io.councilhub.contracts;

import java.util.Objects;

/**
 * One entry of the catalogue: the stable wire name ({@code ce_type}), the record it carries, the topic
 * it is published on and the context that publishes it. The wire name never comes from a class name.
 */
public record EventType<E extends DomainEvent>(String wireName, Class<E> recordType, String topic, String source) {

    public EventType {
        Objects.requireNonNull(wireName, "wireName");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(source, "source");
    }

    /** Where the JSON sample of this type lives on the classpath. */
    public String samplePath() {
        return "/samples/" + wireName + ".json";
    }
}
