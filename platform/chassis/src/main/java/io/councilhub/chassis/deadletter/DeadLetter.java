package io.councilhub.chassis.deadletter;

import java.time.Instant;

/**
 * One record of a dead-letter topic as the secretariat sees it: where it sits, where it came from, what event it
 * carries, why it failed, and whether it was replayed.
 */
record DeadLetter(String topic, int partition, long offset, String originalTopic, Integer originalPartition,
                  Long originalOffset, String eventType, String eventId, String key, String exception,
                  String exceptionMessage, Instant deadLetteredAt, Instant originalTime, String payloadExcerpt,
                  boolean replayed, Instant replayedAt, String replayedBy) {
}
