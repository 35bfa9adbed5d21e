package io.councilhub.chassis.deadletter;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * That a dead letter was replayed: stored under its position ({@code topic/partition/offset}), so a second replay
 * of the same record hits the unique id and is refused.
 */
record Replay(@Id String id, String topic, int partition, long offset, String replayedTo, String eventId,
              String replayedBy, Instant replayedAt) {

    static final String COLLECTION = "deadLetterReplays";

    static String idOf(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
