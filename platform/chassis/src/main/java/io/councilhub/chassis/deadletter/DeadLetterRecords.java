package io.councilhub.chassis.deadletter;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The broker side of the dead-letter API: reads the tail of each dead-letter partition with a consumer that has no
 * group (it assigns partitions and commits nothing, so it never disturbs a binding), and publishes a replay with an
 * idempotent, {@code acks=all} producer. Each read and each publish is bounded by {@code timeout}.
 */
final class DeadLetterRecords implements AutoCloseable {

    private final Map<String, Object> consumerProperties;
    private final Map<String, Object> producerProperties;
    private final Duration timeout;
    private KafkaProducer<byte[], byte[]> producer;

    DeadLetterRecords(Map<String, Object> kafkaConsumerProperties, Map<String, Object> kafkaProducerProperties,
                      Duration timeout) {
        this.timeout = timeout;
        consumerProperties = new HashMap<>(kafkaConsumerProperties);
        consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProperties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProperties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        consumerProperties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        consumerProperties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        consumerProperties.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        consumerProperties.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letters");
        producerProperties = new HashMap<>(kafkaProducerProperties);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProperties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        producerProperties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        producerProperties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerProperties.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
    }

    /** What one dead-letter partition holds: offsets {@code [beginning, end)}. */
    record PartitionRange(String topic, int partition, long beginning, long end) {

        long size() {
            return end - beginning;
        }
    }

    /** The ranges of every partition of {@code topics} and at most {@code perPartition} newest records of each. */
    record Tail(List<PartitionRange> ranges, List<ConsumerRecord<byte[], byte[]>> records) {
    }

    Tail tail(Set<String> topics, int perPartition) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return new Tail(List.of(), List.of());
            }
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            List<PartitionRange> ranges = new ArrayList<>();
            Map<TopicPartition, Long> starts = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long beginning = beginnings.getOrDefault(partition, 0L);
                long end = ends.getOrDefault(partition, beginning);
                ranges.add(new PartitionRange(partition.topic(), partition.partition(), beginning, end));
                if (end > beginning) {
                    starts.put(partition, Math.max(beginning, end - perPartition));
                }
            }
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            if (!starts.isEmpty()) {
                consumer.assign(starts.keySet());
                starts.forEach(consumer::seek);
                long deadline = System.nanoTime() + timeout.toNanos();
                while (!starts.isEmpty() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                        if (record.offset() < ends.get(partition)) {
                            records.add(record);
                        }
                    }
                    starts.keySet().removeIf(partition -> consumer.position(partition, timeout) >= ends.get(partition));
                }
            }
            return new Tail(ranges, records);
        }
    }

    /** The record at {@code offset} of the partition, if that partition still holds it. */
    Optional<ConsumerRecord<byte[], byte[]>> find(String topic, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.stream().noneMatch(info -> info.partition() == partition)) {
                return Optional.empty();
            }
            TopicPartition assigned = new TopicPartition(topic, partition);
            List<TopicPartition> only = List.of(assigned);
            long beginning = consumer.beginningOffsets(only, timeout).getOrDefault(assigned, 0L);
            long end = consumer.endOffsets(only, timeout).getOrDefault(assigned, 0L);
            if (offset < beginning || offset >= end) {
                return Optional.empty();
            }
            consumer.assign(only);
            consumer.seek(assigned, offset);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                    if (record.offset() > offset) {
                        return Optional.empty(); // compacted or a transaction marker
                    }
                }
            }
            throw new org.apache.kafka.common.errors.TimeoutException("reading " + topic + "-" + partition + "@" + offset);
        }
    }

    /** Publishes {@code record} and waits for the broker's acknowledgement. */
    void publish(ProducerRecord<byte[], byte[]> record) throws TimeoutException, ExecutionException, InterruptedException {
        producer().send(record).get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(timeout);
            producer = null;
        }
    }
}
