package io.councilhub.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * The JSON form of events on the wire: ISO-8601 dates, unknown fields ignored (consumers tolerate
 * additive change), UTF-8 bytes. Producers and consumers both go through here.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Meeting times keep their +09:00 on the wire rather than being moved to UTC.
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventJson() {
    }

    public static byte[] write(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <E extends DomainEvent> E read(byte[] json, Class<E> type) {
        return MAPPER.readValue(json, type);
    }

    /** The mapper itself, for tests that compare JSON trees. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
