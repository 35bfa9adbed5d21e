package io.councilhub.events.reminder;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.events.Published;
import io.councilhub.events.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static io.councilhub.events.Published.fieldNames;
import static io.councilhub.events.Published.json;
import static io.councilhub.events.Published.one;
import static io.councilhub.events.Published.sample;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "councilhub.events.reminder-lead=PT24H",
        // the timer stays out of the way: the test calls the check itself at the times it sets
        "councilhub.events.reminder-check-interval=PT1H"})
@CouncilInfrastructure
@Import(TestClock.Configuration.class)
class ReminderTimingTest {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    TestClock clock;

    @Autowired
    Reminders reminders;

    @Test
    void theReminderIsDueOnceTheLeadTimeBeforeTheStartAndNotBefore() {
        ApiClient secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        clock.set(Instant.parse("2022-07-01T00:00:00Z"));
        Response created = secretariat.post("/api/meetings", """
                {"id":"m-reminded","kind":"GENERAL_ASSEMBLY","title":"令和4年度ちば地域DX推進協議会 通常総会",
                 "startsAt":"2022-07-15T14:00:00+09:00","endsAt":"2022-07-15T15:30:00+09:00","format":"ONLINE",
                 "joinUrl":"https://meet.example.jp/j/123456","audience":"PUBLIC"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ApiClient.at(port).post("/api/meetings/m-reminded/registrations", """
                {"name":"大塚 信之","organisation":"市川市","email":"joho@example.jp"}""");

        clock.set(Instant.parse("2022-07-14T04:59:59Z")); // 24 h and 1 s before 14:00 JST
        assertThat(reminders.publishDue()).isZero();

        clock.set(Instant.parse("2022-07-14T05:00:00Z")); // exactly 24 h before
        assertThat(reminders.publishDue()).isEqualTo(1);
        clock.set(Instant.parse("2022-07-15T04:00:00Z"));
        assertThat(reminders.publishDue()).as("once per meeting").isZero();

        try (TopicProbe meetings = infrastructure.probe(Topics.MEETINGS)) {
            JsonNode due = json(one(meetings, EventCatalogue.MEETING_REMINDER_DUE.wireName(), "m-reminded"));
            assertThat(fieldNames(due)).isEqualTo(fieldNames(sample(EventCatalogue.MEETING_REMINDER_DUE.samplePath())));
            assertThat(due.get("startsAt").asString()).isEqualTo("2022-07-15T14:00:00+09:00");
            assertThat(due.get("confirmedRegistrations").asInt()).isEqualTo(1);
            assertThat(Published.settledCount(meetings, EventCatalogue.MEETING_REMINDER_DUE.wireName(), "m-reminded"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aMeetingThatMovesIsRemindedAgainBeforeItsNewStartAndACancelledOneNever() {
        ApiClient secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        clock.set(Instant.parse("2022-09-01T00:00:00Z"));
        for (String id : new String[] {"m-moved", "m-called-off"}) {
            secretariat.post("/api/meetings", """
                    {"id":"%s","kind":"SEMINAR","title":"ちばDXセミナー","startsAt":"2022-10-20T14:00:00+09:00",
                     "endsAt":"2022-10-20T16:30:00+09:00","format":"IN_PERSON","venue":"千葉県教育会館","audience":"PUBLIC"}"""
                    .formatted(id));
        }
        secretariat.post("/api/meetings/m-called-off/cancellation", "{\"reason\":\"講師都合\"}");
        clock.set(Instant.parse("2022-10-19T06:00:00Z"));
        assertThat(reminders.publishDue()).isEqualTo(1);

        secretariat.post("/api/meetings/m-moved/rescheduling", """
                {"startsAt":"2022-10-27T14:00:00+09:00","endsAt":"2022-10-27T16:30:00+09:00"}""");
        assertThat(reminders.publishDue()).as("the new start is more than a day away").isZero();
        clock.set(Instant.parse("2022-10-26T06:00:00Z"));
        assertThat(reminders.publishDue()).isEqualTo(1);

        try (TopicProbe meetings = infrastructure.probe(Topics.MEETINGS)) {
            assertThat(Published.settledCount(meetings, EventCatalogue.MEETING_REMINDER_DUE.wireName(), "m-moved")).isEqualTo(2);
            assertThat(Published.settledCount(meetings, EventCatalogue.MEETING_REMINDER_DUE.wireName(), "m-called-off")).isZero();
        }
    }
}
