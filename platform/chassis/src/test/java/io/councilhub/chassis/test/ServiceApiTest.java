package io.councilhub.chassis.test;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * What a service's API test starts from: the service on a random port with its own real infrastructure, a
 * client carrying a SECRETARIAT token, clients for other tokens, and probes of topics (opened on first use,
 * read from the beginning, closed after each test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
public abstract class ServiceApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Infrastructure infrastructure;

    /** A client of this service with a SECRETARIAT token. */
    protected ApiClient secretariat;

    private final Map<String, TopicProbe> probes = new LinkedHashMap<>();

    @BeforeEach
    void openSecretariatClient() {
        secretariat = as(TestTokens.secretariat());
    }

    @AfterEach
    void closeProbes() {
        probes.values().forEach(TopicProbe::close);
        probes.clear();
    }

    /** A client of this service carrying {@code token} (see {@link TestTokens}). */
    protected ApiClient as(String token) {
        return ApiClient.at(port).as(token);
    }

    /** A client of this service without a token. */
    protected ApiClient anonymous() {
        return ApiClient.at(port);
    }

    /** The probe of {@code topic} for this test. */
    protected TopicProbe topic(String topic) {
        return probes.computeIfAbsent(topic, infrastructure::probe);
    }

    /** The records of {@code type} keyed {@code key} on {@code topic} read so far. */
    protected List<ConsumerRecord<String, byte[]>> events(String topic, String type, String key) {
        return topic(topic).records(type).stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Waits (at most 20 s) for the first record of {@code type} keyed {@code key} on {@code topic}. */
    protected ConsumerRecord<String, byte[]> awaitEvent(String topic, String type, String key) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> events(topic, type, key), found -> !found.isEmpty())
                .get(0);
    }
}
