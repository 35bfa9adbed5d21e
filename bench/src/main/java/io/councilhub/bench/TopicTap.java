package io.councilhub.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A group-less consumer of one topic from its end, on its own thread, that notes when each record
 * arrived (this JVM's monotonic clock) by CloudEvents type and key. It splits our path in two: from
 * the service's HTTP response to the event on the broker (the outbox relay), and from there to the
 * forecast (finance's consumer, its write and the forecast read).
 */
final class TopicTap implements AutoCloseable {

    private static final String TYPE_HEADER = "ce_type";

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> lastArrivals = new ConcurrentHashMap<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;

    TopicTap(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.CLIENT_ID_CONFIG, "bench-tap"),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::consume, "bench-tap");
        this.thread.setDaemon(true);
    }

    /** Starts reading at the topic's current end; returns once positioned there. */
    TopicTap start() throws InterruptedException {
        thread.start();
        if (!positioned.await(30, TimeUnit.SECONDS) || failure.get() != null) {
            throw new IllegalStateException("could not tap " + topic, failure.get());
        }
        return this;
    }

    private void consume() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    long now = System.nanoTime();
                    String type = type(record);
                    arrivals.putIfAbsent(type + " " + record.key(), now);
                    counts.merge(type, 1, Integer::sum);
                    lastArrivals.put(type, now);
                }
            }
        } catch (WakeupException closing) {
            // closed
        } catch (Throwable failed) {
            failure.set(failed);
            positioned.countDown();
        } finally {
            consumer.close(Duration.ofSeconds(1));
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(TYPE_HEADER);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** When the first record of {@code type} with {@code key} arrived, waiting up to {@code wait} for it; -1 if it did not. */
    long arrival(String type, String key, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Long arrival = arrivals.get(type + " " + key);
            if (arrival != null) {
                return arrival;
            }
            if (System.nanoTime() > deadline) {
                return -1;
            }
            LockSupport.parkNanos(100_000);
        }
    }

    int count(String type) {
        return counts.getOrDefault(type, 0);
    }

    /** When the latest record of {@code type} arrived, or -1. */
    long lastArrival(String type) {
        return lastArrivals.getOrDefault(type, -1L);
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
