package io.councilhub.chassis.deadletter;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.web.Problems;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists a service's dead letters and replays one: the record goes back, with its key, value and CloudEvents
 * headers (the binder's {@code x-original-*} and {@code x-exception-*} headers dropped), to the topic it came from.
 * Every consumer group of that topic sees it again; each applies an event once by its {@code ce_id}, so only the
 * group that failed it changes anything. A replay is claimed in Mongo before it is published, so two clicks replay
 * once; a publish that fails releases the claim.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    static final String REPLAY_OF_HEADER = "councilhub-replay-of";
    private static final int MAX_EXCEPTION_MESSAGE = 1000;

    private final String service;
    private final DeadLetterTopics topics;
    private final DeadLetterRecords records;
    private final MongoOperations mongo;
    private final DeadLetterSettings settings;
    private final Clock clock;

    DeadLetters(String service, DeadLetterTopics topics, DeadLetterRecords records, MongoOperations mongo,
                DeadLetterSettings settings, Clock clock) {
        this.service = service;
        this.topics = topics;
        this.records = records;
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    DeadLetterListing list(Integer requestedLimit) {
        int limit = requestedLimit == null ? settings.defaultLimit() : requestedLimit;
        if (limit < 1 || limit > settings.maxLimit()) {
            throw new InvalidFieldException("limit", "limit must be between 1 and " + settings.maxLimit());
        }
        DeadLetterRecords.Tail tail = brokerCall(() -> records.tail(topics.names(), limit));
        Map<String, Replay> replays = replays();
        List<DeadLetterListing.TopicSummary> summaries = new ArrayList<>();
        long total = 0;
        long replayed = 0;
        for (String topic : topics.names()) {
            long topicRecords = 0;
            long topicReplayed = 0;
            for (DeadLetterRecords.PartitionRange range : tail.ranges()) {
                if (range.topic().equals(topic)) {
                    topicRecords += range.size();
                    topicReplayed += replays.values().stream().filter(replay -> replay.topic().equals(topic)
                            && replay.partition() == range.partition() && replay.offset() >= range.beginning()
                            && replay.offset() < range.end()).count();
                }
            }
            summaries.add(new DeadLetterListing.TopicSummary(topic, topicRecords, topicReplayed));
            total += topicRecords;
            replayed += topicReplayed;
        }
        List<DeadLetter> items = tail.records().stream()
                .sorted(Comparator.<ConsumerRecord<byte[], byte[]>>comparingLong(ConsumerRecord::timestamp).reversed()
                        .thenComparing(Comparator.<ConsumerRecord<byte[], byte[]>>comparingLong(ConsumerRecord::offset).reversed()))
                .limit(limit)
                .map(record -> view(record, replays.get(Replay.idOf(record.topic(), record.partition(), record.offset()))))
                .toList();
        return new DeadLetterListing(service, summaries, total, total - replayed, items);
    }

    Replay replay(String topic, int partition, long offset, String by) {
        if (!topics.contains(topic)) {
            throw new NotFoundException("dead-letter topic", topic);
        }
        if (partition < 0) {
            throw new InvalidFieldException("partition", "partition must not be negative");
        }
        if (offset < 0) {
            throw new InvalidFieldException("offset", "offset must not be negative");
        }
        String id = Replay.idOf(topic, partition, offset);
        if (mongo.findById(id, Replay.class, Replay.COLLECTION) != null) {
            throw alreadyReplayed(id);
        }
        ConsumerRecord<byte[], byte[]> dead = brokerCall(() -> records.find(topic, partition, offset))
                .orElseThrow(() -> new NotFoundException("dead letter", id));
        String originalTopic = text(dead, "x-original-topic");
        if (originalTopic == null || originalTopic.isBlank()) {
            throw new RuleViolationException("dead-letter-without-original-topic",
                    "dead letter " + id + " does not say which topic it came from");
        }
        Replay replay = new Replay(id, topic, partition, offset, originalTopic, text(dead, "ce_id"), by, clock.instant());
        try {
            mongo.insert(replay, Replay.COLLECTION);
        } catch (DuplicateKeyException concurrently) {
            throw alreadyReplayed(id);
        }
        try {
            records.publish(republished(dead, originalTopic, id));
        } catch (Exception failed) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), Replay.COLLECTION);
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("replay of dead letter {} to {} failed: {}", id, originalTopic, failed.toString());
            throw unavailable(failed);
        }
        log.info("dead letter {} ({} {}) replayed to {} by {}", id, text(dead, "ce_type"), replay.eventId(),
                originalTopic, by);
        return replay;
    }

    private static ProducerRecord<byte[], byte[]> republished(ConsumerRecord<byte[], byte[]> dead, String topic,
                                                              String id) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : dead.headers()) {
            String name = header.key();
            if (!name.startsWith("x-original-") && !name.startsWith("x-exception-") && !name.equals(REPLAY_OF_HEADER)) {
                headers.add(header);
            }
        }
        headers.add(new RecordHeader(REPLAY_OF_HEADER, id.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, dead.key(), dead.value(), headers);
    }

    private Map<String, Replay> replays() {
        return mongo.find(Query.query(Criteria.where("topic").in(topics.names())), Replay.class, Replay.COLLECTION)
                .stream().collect(Collectors.toMap(Replay::id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private DeadLetter view(ConsumerRecord<byte[], byte[]> record, Replay replay) {
        Long originalTimestamp = number(record, "x-original-timestamp");
        Long originalPartition = number(record, "x-original-partition");
        return new DeadLetter(record.topic(), record.partition(), record.offset(), text(record, "x-original-topic"),
                originalPartition == null ? null : originalPartition.intValue(), number(record, "x-original-offset"),
                text(record, "ce_type"), text(record, "ce_id"),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                text(record, "x-exception-fqcn"), cut(text(record, "x-exception-message"), MAX_EXCEPTION_MESSAGE),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()),
                originalTimestamp == null ? null : Instant.ofEpochMilli(originalTimestamp),
                record.value() == null ? null : cut(new String(record.value(), StandardCharsets.UTF_8), settings.excerptLength()),
                replay != null, replay == null ? null : replay.replayedAt(), replay == null ? null : replay.replayedBy());
    }

    private static String text(ConsumerRecord<byte[], byte[]> record, String header) {
        Header last = record.headers().lastHeader(header);
        return last == null || last.value() == null ? null : new String(last.value(), StandardCharsets.UTF_8);
    }

    /** The binder writes partition, offset and timestamp as big-endian int or long; tolerate decimal text too. */
    private static Long number(ConsumerRecord<byte[], byte[]> record, String header) {
        Header last = record.headers().lastHeader(header);
        if (last == null || last.value() == null) {
            return null;
        }
        byte[] value = last.value();
        if (value.length == Integer.BYTES) {
            return (long) ByteBuffer.wrap(value).getInt();
        }
        if (value.length == Long.BYTES) {
            return ByteBuffer.wrap(value).getLong();
        }
        try {
            return Long.parseLong(new String(value, StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static String cut(String text, int length) {
        if (text == null || text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length)) + "…";
    }

    private static RuleViolationException alreadyReplayed(String id) {
        return new RuleViolationException("dead-letter-already-replayed", "dead letter " + id + " was already replayed");
    }

    private static <T> T brokerCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (KafkaException unavailable) {
            throw unavailable(unavailable);
        }
    }

    private static ErrorResponseException unavailable(Exception cause) {
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
                Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable",
                        "メッセージブローカーに接続できません (Broker unavailable)",
                        "the dead-letter topics could not be read or written in time; nothing was replayed"), cause);
    }
}
