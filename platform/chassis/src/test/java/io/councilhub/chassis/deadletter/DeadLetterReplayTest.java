package io.councilhub.chassis.deadletter;

import io.councilhub.chassis.deadletter.fixable.Admission;
import io.councilhub.chassis.deadletter.fixable.FixableApplication;
import io.councilhub.chassis.deadletter.fixable.Repairs;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = FixableApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=fixable")
@CouncilInfrastructure
class DeadLetterReplayTest {

    private static final String DEAD_LETTERS = "council.membership.v1.fixable.dlq";

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    Repairs repairs;

    @Autowired
    MongoOperations mongo;

    @LocalServerPort
    int port;

    ApiClient secretariat() {
        return ApiClient.at(port).as(TestTokens.secretariat());
    }

    @Test
    void aPoisonRecordIsListedAndOnceTheHandlerIsFixedItsReplayIsProcessedExactlyOnce() {
        MemberAdmitted admitted = new MemberAdmitted(UUID.randomUUID().toString(), "白井市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2022, 4, 1));
        String eventId = UUID.randomUUID().toString();
        repairs.breakFor("白井市");
        infrastructure.publish(admitted, eventId);

        JsonNode listed = await().atMost(Duration.ofSeconds(60)).until(() -> deadLetter(eventId), item -> item != null);
        assertThat(listed.get("topic").asString()).isEqualTo(DEAD_LETTERS);
        assertThat(listed.get("originalTopic").asString()).isEqualTo(Topics.MEMBERSHIP);
        assertThat(listed.get("eventType").asString()).isEqualTo(EventCatalogue.MEMBER_ADMITTED.wireName());
        assertThat(listed.get("key").asString()).isEqualTo(admitted.memberId());
        assertThat(listed.get("exceptionMessage").asString()).contains("cannot apply the admission of 白井市 yet");
        assertThat(listed.get("payloadExcerpt").asString()).contains("白井市");
        assertThat(listed.get("deadLetteredAt").asString()).isNotBlank();
        assertThat(listed.get("replayed").asBoolean()).isFalse();
        assertThat(listed.get("originalPartition").isInt()).isTrue();
        assertThat(listed.get("originalOffset").asLong()).isNotNegative();
        JsonNode before = secretariat().get("/api/ops/dead-letters").json();
        assertThat(before.get("service").asString()).isEqualTo("fixable-service");
        assertThat(before.get("pending").asLong()).isPositive();
        assertThat(mongo.findById(admitted.memberId(), Admission.class)).isNull();

        repairs.fix("白井市");
        ApiClient.Response replayed = secretariat().post(replayPath(listed), "");

        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(replayed.json().get("replayedTo").asString()).isEqualTo(Topics.MEMBERSHIP);
        assertThat(replayed.json().get("replayedBy").asString()).isEqualTo("staff-1");
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.findById(admitted.memberId(), Admission.class) != null);
        try (TopicProbe membership = infrastructure.probe(Topics.MEMBERSHIP)) {
            ConsumerRecord<String, byte[]> again = await().atMost(Duration.ofSeconds(30)).until(() -> membership.records()
                    .stream().filter(record -> record.headers().lastHeader(DeadLetters.REPLAY_OF_HEADER) != null
                            && eventId.equals(TopicProbe.header(record, "ce_id"))).findFirst().orElse(null), record -> record != null);
            assertThat(again.key()).isEqualTo(admitted.memberId());
            assertThat(TopicProbe.header(again, "ce_type")).isEqualTo(EventCatalogue.MEMBER_ADMITTED.wireName());
            assertThat(again.headers().lastHeader("x-exception-message")).isNull();
            assertThat(again.headers().lastHeader("x-original-topic")).isNull();
        }
        infrastructure.awaitConsumed("fixable", Topics.MEMBERSHIP);
        assertThat(mongo.findById(admitted.memberId(), Admission.class).applied()).isEqualTo(1);
        JsonNode after = secretariat().get("/api/ops/dead-letters").json();
        assertThat(deadLetter(eventId).get("replayed").asBoolean()).isTrue();
        assertThat(after.get("pending").asLong()).isEqualTo(before.get("pending").asLong() - 1);

        ApiClient.Response again = secretariat().post(replayPath(listed), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("rule").asString()).isEqualTo("dead-letter-already-replayed");
        infrastructure.awaitConsumed("fixable", Topics.MEMBERSHIP);
        assertThat(mongo.findById(admitted.memberId(), Admission.class).applied()).isEqualTo(1);
    }

    @Test
    void onlyTheSecretariatSeesOrReplaysDeadLetters() {
        assertThat(ApiClient.at(port).as(TestTokens.officer()).get("/api/ops/dead-letters").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).get("/api/ops/dead-letters").status()).isEqualTo(401);
        assertThat(ApiClient.at(port).as(TestTokens.officer())
                .post("/api/ops/dead-letters/" + DEAD_LETTERS + "/0/0/replay", "").status()).isEqualTo(403);
    }

    @Test
    void onlyThisServicesDeadLetterTopicsCanBeReplayedAndTheLimitIsBounded() {
        ApiClient.Response notADeadLetterTopic = secretariat().post("/api/ops/dead-letters/" + Topics.MEMBERSHIP + "/0/0/replay", "");
        assertThat(notADeadLetterTopic.status()).isEqualTo(404);
        assertThat(notADeadLetterTopic.isProblem()).isTrue();
        assertThat(secretariat().post("/api/ops/dead-letters/" + DEAD_LETTERS + "/0/999999/replay", "").status())
                .isEqualTo(404);
        ApiClient.Response badLimit = secretariat().get("/api/ops/dead-letters?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(secretariat().get("/api/ops/dead-letters").json().get("topics").get(0).get("topic").asString())
                .isEqualTo(DEAD_LETTERS);
    }

    private JsonNode deadLetter(String eventId) {
        JsonNode items = secretariat().get("/api/ops/dead-letters").json().get("items");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> eventId.equals(item.path("eventId").asString(null)))
                .findFirst().orElse(null);
    }

    private static String replayPath(JsonNode item) {
        return "/api/ops/dead-letters/" + item.get("topic").asString() + "/" + item.get("partition").asInt() + "/"
                + item.get("offset").asLong() + "/replay";
    }
}
