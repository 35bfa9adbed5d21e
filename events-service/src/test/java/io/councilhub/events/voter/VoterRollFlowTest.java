package io.councilhub.events.voter;

import io.councilhub.chassis.outbox.TestEvents;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The voter roll accepts membership's contract samples and applies each event once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS) // a roll of its own, not one other tests filled
class VoterRollFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Test
    void theSamplesOfMembershipBuildTheRollAndARedeliveryChangesNothing() throws Exception {
        ApiClient officer = ApiClient.at(port).as(TestTokens.officer());
        String admittedId = UUID.randomUUID().toString();
        infrastructure.publish(TestEvents.record(EventCatalogue.MEMBER_ADMITTED, "6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11",
                sample(EventCatalogue.MEMBER_ADMITTED.samplePath()), admittedId));
        infrastructure.publish(TestEvents.record(EventCatalogue.MEMBER_ADMITTED, "6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11",
                sample(EventCatalogue.MEMBER_ADMITTED.samplePath()), admittedId));
        infrastructure.publish(TestEvents.record(EventCatalogue.MEMBER_WITHDRAWN, "0d4e8b62-91c3-4f0a-b5d7-6a2c9e1f3b80",
                sample(EventCatalogue.MEMBER_WITHDRAWN.samplePath()), UUID.randomUUID().toString()));
        infrastructure.publish(TestEvents.record(EventCatalogue.OFFICER_ROSTER_ADOPTED, "roster-2022",
                sample(EventCatalogue.OFFICER_ROSTER_ADOPTED.samplePath()), UUID.randomUUID().toString()));
        infrastructure.publish(new MemberAdmitted(UUID.randomUUID().toString(), "株式会社デモ情報システム", MemberCategory.COMPANY,
                LocalDate.of(2099, 4, 1)), UUID.randomUUID().toString());
        infrastructure.awaitConsumed("events", Topics.MEMBERSHIP);

        await().atMost(Duration.ofSeconds(30)).until(() -> officer.get("/api/voter-roll").json().get("entries").size() == 3);
        JsonNode roll = officer.get("/api/voter-roll").json();
        assertThat(roll.get("active").asInt()).as("withdrawn and not yet admitted organisations do not vote").isEqualTo(1);
        assertThat(roll.get("activeMembers").get(0).get("name").asString()).isEqualTo("市川市");

        JsonNode officers = officer.get("/api/voter-roll/officers/2022").json();
        assertThat(officers.get("label").asString()).isEqualTo("令和4年度");
        assertThat(officers.get("voters")).hasSize(2);
        assertThat(officers.get("voters").get(1).get("name").asString()).isEqualTo("市川市");
        assertThat(officers.get("voters").get(1).get("personNames").get(0).asString()).isEqualTo("大塚 信之");
        assertThat(officer.get("/api/voter-roll/officers/2023").status()).isEqualTo(404);
        assertThat(ApiClient.at(port).as(TestTokens.member("x")).get("/api/voter-roll").status()).isEqualTo(403);
    }

    private static String sample(String path) throws Exception {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
