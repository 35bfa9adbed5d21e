package io.councilhub.chassis.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.councilhub.chassis.outbox.TestEvents;
import io.councilhub.contracts.DomainEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real infrastructure of one test context: a Kafka broker, a Mongo-protocol server and an SMTP
 * server, with the properties that point a service at them.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final String MONGO_IMAGE = "mongo:8.0";

    private final String tier;
    private final String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final GreenMail mail;
    private EmbeddedKafkaKraftBroker embeddedBroker;
    private MongoServer embeddedMongo;
    private KafkaContainer kafkaContainer;
    private MongoDBContainer mongoContainer;
    private String bootstrapServers;
    private String mongoUri;
    private int laterBrokerPort;
    private PortForwarder forwarder;
    private KafkaProducer<String, byte[]> producer;

    private Infrastructure(boolean containers, boolean brokerStartsLater) {
        this.tier = containers ? "Testcontainers (" + KAFKA_IMAGE + ", " + MONGO_IMAGE + ")"
                : "in-JVM KRaft broker and mongo-java-server (memory backend)";
        if (containers) {
            mongoContainer = new MongoDBContainer(MONGO_IMAGE);
            mongoContainer.start();
            mongoUri = mongoContainer.getReplicaSetUrl(database);
        } else {
            embeddedMongo = new MongoServer(new MemoryBackend());
            InetSocketAddress address = embeddedMongo.bind();
            mongoUri = "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
        }
        if (brokerStartsLater) {
            laterBrokerPort = freePort();
            bootstrapServers = "127.0.0.1:" + laterBrokerPort;
        } else if (containers) {
            kafkaContainer = new KafkaContainer(KAFKA_IMAGE);
            kafkaContainer.start();
            bootstrapServers = kafkaContainer.getBootstrapServers();
        } else {
            startEmbeddedBroker();
        }
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        log.info("Test infrastructure: {}; kafka {}{}, mongo {}, smtp {}", tier, bootstrapServers,
                brokerStartsLater ? " (not started yet)" : "", mongoUri, mail.getSmtp().getPort());
    }

    static Infrastructure start(boolean brokerStartsLater) {
        String forced = System.getProperty("councilhub.test.infrastructure", "auto");
        boolean containers = switch (forced) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        return new Infrastructure(containers, brokerStartsLater);
    }

    /** Which kind of infrastructure runs: Testcontainers or in-JVM. */
    public String tier() {
        return tier;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public GreenMail mail() {
        return mail;
    }

    /** Starts the in-JVM broker at the address the context was given, for a context that started without one. */
    public synchronized void startBroker() {
        if (laterBrokerPort == 0 || embeddedBroker != null) {
            throw new IllegalStateException("this context's broker is already running");
        }
        String reserved = bootstrapServers;
        startEmbeddedBroker();
        String actual = bootstrapServers;
        try {
            forwarder = new PortForwarder(laterBrokerPort, Integer.parseInt(actual.substring(actual.lastIndexOf(':') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bootstrapServers = reserved;
        log.info("Test broker started at {}, reachable through {}", actual, reserved);
    }

    /** A consumer of {@code topic} from its beginning, for asserting what a service published. */
    public TopicProbe probe(String topic) {
        return new TopicProbe(bootstrapServers, topic);
    }

    /** Publishes {@code event} in the CloudEvents envelope the outbox uses, with {@code eventId} as {@code ce_id}. */
    public void publish(DomainEvent event, String eventId) {
        publish(TestEvents.record(event, eventId));
    }

    public synchronized void publish(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + record, e);
        }
    }

    /**
     * Waits (at most a minute) until consumer group {@code group} has committed every record on
     * {@code topic}: everything published so far was handled, retried to success or dead-lettered.
     * How a test knows a consumer is done, without sleeping.
     */
    public void awaitConsumed(String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
                return admin.listOffsets(latest).all().get().entrySet().stream()
                        .allMatch(end -> end.getValue().offset() == 0 || (committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue().offset()));
            });
        }
    }

    /** Starts infrastructure outside a Spring test context (system tests, benchmarks); close it when done. */
    public static Infrastructure startStandalone() {
        return start(false);
    }

    Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.mongodb.uri", mongoUri);
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.cloud.stream.kafka.binder.brokers", bootstrapServers);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", mail.getSmtp().getPort());
        properties.put("councilhub.security.jwt.public-key-location", TestTokens.publicKeyLocation());
        properties.put("councilhub.security.jwt.issuer", TestTokens.ISSUER);
        properties.put("councilhub.security.jwt.audience", TestTokens.AUDIENCE);
        properties.put("councilhub.outbox.sweep-interval", "500ms");
        properties.put("spring.kafka.admin.operation-timeout", "5s");
        return properties;
    }

    private void startEmbeddedBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.brokerProperty("num.partitions", "6");
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.afterPropertiesSet();
        embeddedBroker = broker;
        bootstrapServers = broker.getBrokersAsString();
    }

    @Override
    public void close() {
        mail.stop();
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
        if (forwarder != null) {
            try {
                forwarder.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        if (embeddedBroker != null) {
            embeddedBroker.destroy();
        }
        if (embeddedMongo != null) {
            embeddedMongo.shutdownNow();
        }
        if (kafkaContainer != null) {
            kafkaContainer.stop();
        }
        if (mongoContainer != null) {
            mongoContainer.stop();
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    /** A loopback port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
