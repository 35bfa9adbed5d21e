package io.councilhub.chassis.outbox;

import io.councilhub.chassis.sample.Enrolment;
import io.councilhub.chassis.sample.Enrolments;
import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.councilhub.chassis.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = {SampleApplication.class, OutboxRelayCrashTest.CrashingRelay.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.config.name=sample", "sample.consumer.enabled=false"})
@CouncilInfrastructure
class OutboxRelayCrashTest {

    /** A store whose first removal of each entry fails, as if the relay died right after the broker's ack. */
    @TestConfiguration
    static class CrashingRelay {

        static final Set<String> crashedOnce = ConcurrentHashMap.newKeySet();

        @Bean
        @Primary
        OutboxStore crashingAfterAck(MongoOperations mongo) {
            OutboxStore real = OutboxRelayFactory.store(mongo);
            return new OutboxStore() {
                @Override
                public List<OutboxEntry> pending(String collection, Object documentId) {
                    return real.pending(collection, documentId);
                }

                @Override
                public List<Object> documentsWithPendingEvents(String collection, int limit) {
                    return real.documentsWithPendingEvents(collection, limit);
                }

                @Override
                public void remove(String collection, Object documentId, String entryId) {
                    if (crashedOnce.add(entryId)) {
                        throw new IllegalStateException("relay died between the broker's ack and the removal");
                    }
                    real.remove(collection, documentId, entryId);
                }
            };
        }
    }

    @Autowired
    Enrolments enrolments;

    @Autowired
    Infrastructure infrastructure;

    @Test
    void aRelayThatDiesBetweenAckAndRemovalCausesADuplicateNeverALoss() {
        Enrolment enrolment = enrolments.save(Enrolment.admit("四街道市", MemberCategory.MUNICIPALITY, LocalDate.of(2022, 4, 1)));
        String entryId = enrolment.pendingEvents().get(0).eventId();

        try (TopicProbe probe = infrastructure.probe(Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.records().stream()
                    .filter(record -> entryId.equals(header(record, "ce_id"))).count() >= 2);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    enrolments.findById(enrolment.id()).orElseThrow().pendingEvents().isEmpty());

            List<ConsumerRecord<String, byte[]>> copies = probe.records().stream()
                    .filter(record -> entryId.equals(header(record, "ce_id"))).toList();
            assertThat(copies).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(copy -> assertThat(copy.value()).isEqualTo(copies.get(0).value()));
            assertThat(CrashingRelay.crashedOnce).contains(entryId);
        }
    }

    @Test
    void publishesACloudEventInBinaryModeKeyedByTheAggregate() {
        Enrolment enrolment = enrolments.save(Enrolment.admit("千葉大学", MemberCategory.ACADEMIA, LocalDate.of(2022, 4, 1)));

        try (TopicProbe probe = infrastructure.probe(Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.records().stream()
                    .anyMatch(record -> enrolment.id().equals(record.key())));
            ConsumerRecord<String, byte[]> record = probe.records().stream()
                    .filter(candidate -> enrolment.id().equals(candidate.key())).findFirst().orElseThrow();

            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
            assertThat(header(record, "ce_source")).isEqualTo("/councilhub/membership");
            assertThat(header(record, "ce_type")).isEqualTo(EventCatalogue.MEMBER_ADMITTED.wireName())
                    .isEqualTo("io.councilhub.membership.MemberAdmitted.v1");
            assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
            assertThat(header(record, "ce_subject")).isEqualTo(enrolment.id());
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(EventJson.read(record.value(), MemberAdmitted.class))
                    .isEqualTo(new MemberAdmitted(enrolment.id(), "千葉大学", MemberCategory.ACADEMIA, LocalDate.of(2022, 4, 1)));
        }
    }
}
