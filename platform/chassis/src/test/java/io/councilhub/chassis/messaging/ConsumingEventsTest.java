package io.councilhub.chassis.messaging;

import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.sample.Tally;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.councilhub.chassis.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.config.name=sample")
@CouncilInfrastructure
class ConsumingEventsTest {

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    MongoOperations mongo;

    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void theSameEventDeliveredTwiceChangesStateOnce() throws Exception {
        String duplicated = UUID.randomUUID().toString();
        send(duplicated, admitted("城西国際大学", MemberCategory.ACADEMIA));
        send(duplicated, admitted("城西国際大学", MemberCategory.ACADEMIA));
        send(UUID.randomUUID().toString(), admitted("千葉商科大学", MemberCategory.ACADEMIA));

        await().atMost(Duration.ofSeconds(60)).until(() -> admittedCount("ACADEMIA") >= 2);
        Tally tally = mongo.findById("ACADEMIA", Tally.class);
        assertThat(tally.admitted()).isEqualTo(2);
        assertThat(tally.appliedEvents()).containsOnlyOnce(duplicated);
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterTopicWithItsErrorAndTheNextGoodOneIsStillProcessed() throws Exception {
        String poison = UUID.randomUUID().toString();
        send(poison, admitted("poison", MemberCategory.ORGANIZATION));
        send(UUID.randomUUID().toString(), admitted("Code for NAGAREYAMA", MemberCategory.ORGANIZATION));

        await().atMost(Duration.ofSeconds(60)).until(() -> admittedCount("ORGANIZATION") == 1);
        try (TopicProbe deadLetters = infrastructure.probe("council.membership.v1.sample.dlq")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .anyMatch(record -> poison.equals(header(record, "ce_id"))));
            ConsumerRecord<String, byte[]> dead = deadLetters.records().stream()
                    .filter(record -> poison.equals(header(record, "ce_id"))).findFirst().orElseThrow();
            assertThat(header(dead, "x-exception-message")).contains("this admission can never be applied");
            assertThat(header(dead, "x-original-topic")).isEqualTo(Topics.MEMBERSHIP);
            assertThat(header(dead, "x-exception-fqcn")).isNotBlank();
            assertThat(header(dead, "ce_type")).isEqualTo(EventCatalogue.MEMBER_ADMITTED.wireName());
        }
    }

    @Test
    void aRecordWithoutAnEnvelopeIsDeadLetteredNotLooped() throws Exception {
        producer.send(new ProducerRecord<>(Topics.MEMBERSHIP, "no-envelope", "{}".getBytes(StandardCharsets.UTF_8))).get();
        try (TopicProbe deadLetters = infrastructure.probe("council.membership.v1.sample.dlq")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters.records().stream()
                    .anyMatch(record -> "no-envelope".equals(record.key())));
        }
    }

    @Test
    void unknownTypesAreSkipped() throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.MEMBERSHIP, "x", "{}".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "io.councilhub.membership.SomethingNew.v1".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
        send(UUID.randomUUID().toString(), admitted("千葉県", MemberCategory.PREFECTURE));

        await().atMost(Duration.ofSeconds(60)).until(() -> admittedCount("PREFECTURE") == 1);
        try (TopicProbe deadLetters = infrastructure.probe("council.membership.v1.sample.dlq")) {
            assertThat(deadLetters.records()).noneMatch(dead -> "x".equals(dead.key()));
        }
    }

    private long admittedCount(String category) {
        Tally tally = mongo.findById(category, Tally.class);
        return tally == null ? 0 : tally.admitted();
    }

    private static MemberAdmitted admitted(String name, MemberCategory category) {
        return new MemberAdmitted(UUID.randomUUID().toString(), name, category, LocalDate.of(2022, 4, 1));
    }

    private void send(String eventId, MemberAdmitted event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.MEMBERSHIP, event.memberId(), EventJson.write(event));
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(eventId));
        record.headers().add("ce_source", bytes("/councilhub/membership"));
        record.headers().add("ce_type", bytes(EventCatalogue.MEMBER_ADMITTED.wireName()));
        record.headers().add("ce_time", bytes(Instant.now().toString()));
        record.headers().add("ce_subject", bytes(event.memberId()));
        record.headers().add("content-type", bytes("application/json"));
        producer.send(record).get();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
