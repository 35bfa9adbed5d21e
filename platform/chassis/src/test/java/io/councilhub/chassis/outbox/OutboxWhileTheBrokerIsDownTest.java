package io.councilhub.chassis.outbox;

import io.councilhub.chassis.sample.Enrolment;
import io.councilhub.chassis.sample.Enrolments;
import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberCategory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.config.name=sample", "sample.consumer.enabled=false", "councilhub.outbox.send-timeout=1s"})
@CouncilInfrastructure(brokerStartsLater = true)
class OutboxWhileTheBrokerIsDownTest {

    @Autowired
    Enrolments enrolments;

    @Autowired
    Infrastructure infrastructure;

    @Test
    void commandsSucceedWhileTheBrokerIsDownAndTheirEventsArePublishedOnceItIsBack() {
        List<Enrolment> admitted = Stream.of("市川市", "神崎町", "長南町")
                .map(name -> enrolments.save(Enrolment.admit(name, MemberCategory.MUNICIPALITY, LocalDate.of(2022, 4, 1))))
                .toList();

        assertThat(enrolments.count()).isEqualTo(3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                enrolments.findAll().stream().allMatch(enrolment -> enrolment.pendingEvents().size() == 1));

        infrastructure.startBroker();

        Set<String> ids = admitted.stream().map(Enrolment::id).collect(Collectors.toSet());
        try (TopicProbe probe = infrastructure.probe(Topics.MEMBERSHIP)) {
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    probe.records(EventCatalogue.MEMBER_ADMITTED.wireName()).stream()
                            .map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids));
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                enrolments.findAll().stream().allMatch(enrolment -> enrolment.pendingEvents().isEmpty()));
    }
}
