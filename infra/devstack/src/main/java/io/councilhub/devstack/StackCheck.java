package io.councilhub.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Proves the infrastructure works end to end through the same client libraries the services use.
 *
 * <pre>
 * StackCheck kafka [bootstrap=localhost:9092]        produce one record to devstack.check and read it back
 * StackCheck mongo-put KEY VALUE [uri]               upsert {_id: KEY, value: VALUE} into devstack.checks
 * StackCheck mongo-get KEY [uri]                     print the value stored under KEY (exit 3 if none)
 * </pre>
 *
 * The Mongo URI defaults to {@code mongodb://localhost:27017}.
 */
public final class StackCheck {

    static final String TOPIC = "devstack.check";
    static final String MONGO = "mongodb://localhost:27017";

    private StackCheck() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "kafka" -> kafka(args.length > 1 ? args[1] : "localhost:9092");
            case "mongo-put" -> mongoPut(arg(args, 1), arg(args, 2), args.length > 3 ? args[3] : MONGO);
            case "mongo-get" -> System.exit(mongoGet(arg(args, 1), args.length > 2 ? args[2] : MONGO));
            default -> {
                System.err.println("usage: StackCheck kafka [bootstrap] | mongo-put KEY VALUE [uri] | mongo-get KEY [uri]");
                System.exit(64);
            }
        }
    }

    private static void kafka(String bootstrap) throws ExecutionException, InterruptedException, CheckTimedOut {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            Set<String> topics = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            if (!topics.contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(15, TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.TimeoutException slow) {
            throw new CheckTimedOut("no Kafka broker answered at " + bootstrap + " within 15 s");
        }
        String value = "devstack check " + UUID.randomUUID() + " at " + Instant.now();
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            written = producer.send(new ProducerRecord<>(TOPIC, "check", value)).get();
        }
        System.out.println("kafka: produced to " + written.topic() + "-" + written.partition() + "@" + written.offset());
        TopicPartition partition = new TopicPartition(written.topic(), written.partition());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, written.offset());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == written.offset() && value.equals(record.value())) {
                        System.out.println("kafka: consumed it back: " + record.value());
                        return;
                    }
                }
            }
        }
        throw new CheckTimedOut("kafka: the record did not come back within 15 s");
    }

    private static void mongoPut(String key, String value, String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> checks = client.getDatabase("devstack").getCollection("checks");
            checks.replaceOne(Filters.eq("_id", key),
                    new Document("_id", key).append("value", value).append("at", Instant.now().toString()),
                    new ReplaceOptions().upsert(true));
            System.out.println("mongo: stored " + key + " = " + value);
        }
    }

    private static int mongoGet(String key, String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            Document found = client.getDatabase("devstack").getCollection("checks").find(Filters.eq("_id", key)).first();
            if (found == null) {
                System.out.println("mongo: nothing stored under " + key);
                return 3;
            }
            System.out.println("mongo: " + key + " = " + found.getString("value") + " (stored " + found.getString("at") + ")");
            return 0;
        }
    }

    private static String arg(String[] args, int index) {
        if (args.length <= index) {
            System.err.println("StackCheck " + args[0] + ": missing argument " + index);
            System.exit(64);
        }
        return args[index];
    }

    /** A check that gave up waiting. */
    static final class CheckTimedOut extends Exception {
        CheckTimedOut(String message) {
            super(message);
        }
    }
}
