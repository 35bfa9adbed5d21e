package io.councilhub.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The floor our path is compared with: one record produced and consumed on the same broker, one at a
 * time, by a producer configured as the outbox relay's ({@code acks=all}, idempotent, {@code linger.ms=0})
 * and a consumer of its own group assigned the topic's only partition. Latency is consume time minus
 * send time on this JVM's monotonic clock.
 */
final class RawRoundTrip {

    static final String TOPIC = "bench.roundtrip";
    private static final Duration POLL = Duration.ofMillis(5);
    private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final String bootstrapServers;
    private final int payloadBytes;

    RawRoundTrip(String bootstrapServers, int payloadBytes) {
        this.bootstrapServers = bootstrapServers;
        this.payloadBytes = payloadBytes;
    }

    /** Sends {@code warmUp} records unmeasured, then {@code measured} records, each after the previous one arrived. */
    LatencySample run(int warmUp, int measured) {
        createTopic();
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        byte[] payload = new byte[payloadBytes];
        Arrays.fill(payload, (byte) 'x');
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(), new StringSerializer(),
                new ByteArraySerializer());
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(), new StringDeserializer(),
                     new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            long[] nanos = new long[measured];
            for (int i = 0; i < warmUp + measured; i++) {
                String key = "rt-" + i;
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, key, payload));
                long received = awaitRecord(consumer, key, sent);
                if (i >= warmUp) {
                    nanos[i - warmUp] = received - sent;
                }
            }
            return LatencySample.of(nanos);
        }
    }

    private static long awaitRecord(KafkaConsumer<String, byte[]> consumer, String key, long sent) {
        while (true) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (key.equals(record.key())) {
                    return System.nanoTime();
                }
            }
            if (System.nanoTime() - sent > LIMIT_NANOS) {
                throw new IllegalStateException("raw round trip: " + key + " not consumed within 30 s");
            }
        }
    }

    private void createTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + TOPIC, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create " + TOPIC + " within 30 s", e);
        }
    }

    private Map<String, Object> producerProperties() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-roundtrip");
    }

    private Map<String, Object> consumerProperties() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-roundtrip",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-roundtrip");
    }
}
