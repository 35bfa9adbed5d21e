package io.councilhub.events.meeting;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static io.councilhub.chassis.test.TopicProbe.header;
import static io.councilhub.events.Published.fieldNames;
import static io.councilhub.events.Published.json;
import static io.councilhub.events.Published.one;
import static io.councilhub.events.Published.sample;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
class MeetingSchedulingApiTest {

    static final String ASSEMBLY = """
            {"id":"m-2022-general-assembly","kind":"GENERAL_ASSEMBLY","title":"令和4年度ちば地域DX推進協議会 通常総会",
             "startsAt":"2022-07-15T14:00:00+09:00","endsAt":"2022-07-15T15:30:00+09:00","format":"ONLINE",
             "joinUrl":"https://meet.example.jp/j/123456","audience":"MEMBERS","organiser":"ちば地域DX推進協議会事務局"}""";

    static final String FORUM = """
            {"id":"m-2022-forum","kind":"FORUM","title":"ちばDXフォーラム","startsAt":"2022-11-17T13:30:00+09:00",
             "endsAt":"2022-11-17T17:00:00+09:00","format":"HYBRID","joinUrl":"https://meet.example.jp/j/forum",
             "venue":"千葉県教育会館","audience":"PUBLIC","capacity":150,
             "coHosts":["公益社団法人 千葉県情報サービス産業協会"],
             "speakers":[{"name":"福田 好郎","affiliation":"一般社団法人キャッシュレス推進協議会","title":"事務局長","external":true}]}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient secretariat;
    TopicProbe meetingsTopic;

    @BeforeEach
    void setUp() {
        secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        meetingsTopic = infrastructure.probe(Topics.MEETINGS);
    }

    @AfterEach
    void tearDown() {
        meetingsTopic.close();
    }

    @Test
    void schedulingReschedulingAndCancellingPublishTheSamplesFields() {
        Response created = secretariat.post("/api/meetings", ASSEMBLY);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/meetings/m-2022-general-assembly");
        assertThat(created.json().get("fiscalYearLabel").asString()).isEqualTo("令和4年度");
        assertThat(created.body()).doesNotContain("meet.example.jp");

        ConsumerRecord<String, byte[]> scheduled = one(meetingsTopic, EventCatalogue.MEETING_SCHEDULED.wireName(), "m-2022-general-assembly");
        assertThat(header(scheduled, "ce_source")).isEqualTo("/councilhub/events");
        assertThat(json(scheduled)).isEqualTo(sample(EventCatalogue.MEETING_SCHEDULED.samplePath()));

        Response moved = secretariat.post("/api/meetings/m-2022-general-assembly/rescheduling", """
                {"startsAt":"2022-07-22T14:00:00+09:00","endsAt":"2022-07-22T15:30:00+09:00"}""");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode rescheduled = json(one(meetingsTopic, EventCatalogue.MEETING_RESCHEDULED.wireName(), "m-2022-general-assembly"));
        assertThat(fieldNames(rescheduled)).isEqualTo(fieldNames(sample(EventCatalogue.MEETING_RESCHEDULED.samplePath())));
        assertThat(rescheduled.get("previousStartsAt").asString()).isEqualTo("2022-07-15T14:00:00+09:00");
        assertThat(rescheduled.get("startsAt").asString()).isEqualTo("2022-07-22T14:00:00+09:00");

        Response cancelled = secretariat.post("/api/meetings/m-2022-general-assembly/cancellation", """
                {"reason":"講師都合"}""");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        JsonNode cancellation = json(one(meetingsTopic, EventCatalogue.MEETING_CANCELLED.wireName(), "m-2022-general-assembly"));
        assertThat(fieldNames(cancellation)).isEqualTo(fieldNames(sample(EventCatalogue.MEETING_CANCELLED.samplePath())));
        assertThat(cancellation.get("reason").asString()).isEqualTo("講師都合");

        Response again = secretariat.post("/api/meetings/m-2022-general-assembly/cancellation", """
                {"reason":"again"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void anonymousCallersReadOnlyPublicMeetingsAndNeverAJoinUrl() {
        secretariat.post("/api/meetings", FORUM.replace("m-2022-forum", "m-2022-forum-anon"));
        secretariat.post("/api/meetings", """
                {"id":"m-2022-executive-committee-anon","kind":"EXECUTIVE_COMMITTEE","title":"幹事会(書面開催)",
                 "startsAt":"2022-07-08T09:00:00+09:00","endsAt":"2022-07-22T17:00:00+09:00","format":"WRITTEN",
                 "responseDeadline":"2022-07-22T17:00:00+09:00","audience":"OFFICERS"}""");
        ApiClient anonymous = ApiClient.at(port);

        Response forum = anonymous.get("/api/meetings/m-2022-forum-anon");
        assertThat(forum.status()).as(forum.toString()).isEqualTo(200);
        assertThat(forum.json().get("coHosts").get(0).asString()).isEqualTo("公益社団法人 千葉県情報サービス産業協会");
        assertThat(forum.json().get("speakers").get(0).get("external").asBoolean()).isTrue();
        assertThat(forum.body()).doesNotContain("meet.example.jp").doesNotContain("joinUrl");

        assertThat(anonymous.get("/api/meetings/m-2022-executive-committee-anon").status()).isEqualTo(404);
        assertThat(ApiClient.at(port).as(TestTokens.member("someone")).get("/api/meetings/m-2022-executive-committee-anon").status())
                .isEqualTo(404);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).get("/api/meetings/m-2022-executive-committee-anon").status())
                .isEqualTo(200);

        List<String> listed = new ArrayList<>();
        anonymous.get("/api/meetings?fiscalYear=2022").json().get("items").forEach(m -> listed.add(m.get("id").asString()));
        assertThat(listed).contains("m-2022-forum-anon").doesNotContain("m-2022-executive-committee-anon");

        assertThat(anonymous.post("/api/meetings", FORUM).status()).isEqualTo(401);
        assertThat(ApiClient.at(port).as(TestTokens.member("someone")).post("/api/meetings", FORUM).status()).isEqualTo(403);
        assertThat(anonymous.get("/api/calendar/2022").status()).isEqualTo(401);
    }

    @Test
    void badInputIsA400NamingTheFieldAndSchedulesNothing() {
        Response endBeforeStart = secretariat.post("/api/meetings", FORUM.replace("m-2022-forum", "m-bad-1")
                .replace("\"endsAt\":\"2022-11-17T17:00:00+09:00\"", "\"endsAt\":\"2022-11-17T12:00:00+09:00\""));
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.isProblem()).isTrue();
        assertThat(endBeforeStart.body()).contains("endsAt");

        Response negativeCapacity = secretariat.post("/api/meetings", FORUM.replace("m-2022-forum", "m-bad-2")
                .replace("\"capacity\":150", "\"capacity\":-1"));
        assertThat(negativeCapacity.status()).isEqualTo(400);
        assertThat(negativeCapacity.body()).contains("capacity");

        Response writtenWithoutDeadline = secretariat.post("/api/meetings", """
                {"id":"m-bad-3","kind":"EXECUTIVE_COMMITTEE","title":"幹事会","startsAt":"2022-07-08T09:00:00+09:00",
                 "endsAt":"2022-07-22T17:00:00+09:00","format":"WRITTEN","audience":"OFFICERS"}""");
        assertThat(writtenWithoutDeadline.status()).isEqualTo(400);
        assertThat(writtenWithoutDeadline.body()).contains("responseDeadline");

        Response onlineWithoutUrl = secretariat.post("/api/meetings", ASSEMBLY.replace("m-2022-general-assembly", "m-bad-4")
                .replace("\"joinUrl\":\"https://meet.example.jp/j/123456\",", ""));
        assertThat(onlineWithoutUrl.status()).isEqualTo(400);
        assertThat(onlineWithoutUrl.body()).contains("joinUrl");

        for (String id : List.of("m-bad-1", "m-bad-2", "m-bad-3", "m-bad-4")) {
            assertThat(secretariat.get("/api/meetings/" + id).status()).isEqualTo(404);
        }
    }
}
