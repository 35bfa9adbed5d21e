package io.councilhub.events.registration;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.events.Published;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.councilhub.events.Published.fieldNames;
import static io.councilhub.events.Published.json;
import static io.councilhub.events.Published.one;
import static io.councilhub.events.Published.sample;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
class RegistrationsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient secretariat;
    ApiClient anonymous;
    TopicProbe meetingsTopic;

    @BeforeEach
    void setUp() {
        secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        anonymous = ApiClient.at(port);
        meetingsTopic = infrastructure.probe(Topics.MEETINGS);
    }

    @AfterEach
    void tearDown() {
        meetingsTopic.close();
    }

    private String seminar(String audience, Integer capacity, String startsAt) {
        String id = "m-" + UUID.randomUUID();
        Response created = secretariat.post("/api/meetings", """
                {"id":"%s","kind":"SEMINAR","title":"ちばDXセミナー","startsAt":"%s","endsAt":"%s",
                 "format":"ONLINE","joinUrl":"https://meet.example.jp/j/seminar","audience":"%s"%s}"""
                .formatted(id, startsAt, startsAt.replace("T14:00", "T16:30"), audience,
                        capacity == null ? "" : ",\"capacity\":" + capacity));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id;
    }

    private static String person(String name, String email) {
        return """
                {"name":"%s","organisation":"株式会社サンプル","email":"%s"}""".formatted(name, email);
    }

    @Test
    void aCancelledPlaceGoesToTheFirstOnTheWaitlistWhoIsConfirmedWithTheJoinUrl() {
        String meeting = seminar("PUBLIC", 2, "2031-08-25T14:00:00+09:00");
        Response first = anonymous.post("/api/meetings/" + meeting + "/registrations", person("千葉 一郎", "ichiro@example.jp"));
        Response second = anonymous.post("/api/meetings/" + meeting + "/registrations", person("千葉 二郎", "jiro@example.jp"));
        Response third = anonymous.post("/api/meetings/" + meeting + "/registrations", person("千葉 三郎", "saburo@example.jp"));
        Response fourth = anonymous.post("/api/meetings/" + meeting + "/registrations", person("千葉 四郎", "shiro@example.jp"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("registration").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(first.json().get("registration").get("joinUrl").asString()).isEqualTo("https://meet.example.jp/j/seminar");
        JsonNode waiting = third.json().get("registration");
        assertThat(waiting.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting.get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(waiting.get("joinUrl").isNull()).as("no join URL while waitlisted").isTrue();
        assertThat(fourth.json().get("registration").get("waitlistPosition").asInt()).isEqualTo(2);

        String firstId = first.json().get("registration").get("id").asString();
        JsonNode confirmed = json(one(meetingsTopic, EventCatalogue.REGISTRATION_CONFIRMED.wireName(), firstId));
        assertThat(fieldNames(confirmed)).isEqualTo(fieldNames(sample(EventCatalogue.REGISTRATION_CONFIRMED.samplePath())));
        assertThat(confirmed.get("joinUrl").asString()).isEqualTo("https://meet.example.jp/j/seminar");

        // the second registrant cancels through the link, without logging in
        String token = second.json().get("cancellationToken").asString();
        Response shown = anonymous.get(second.json().get("cancellationUrl").asString());
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.json().get("meetingTitle").asString()).isEqualTo("ちばDXセミナー");
        Response cancelled = anonymous.post("/api/registrations/cancellation", "{\"token\":\"" + token + "\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("joinUrl").isNull()).isTrue();

        String secondId = second.json().get("registration").get("id").asString();
        JsonNode cancellation = json(one(meetingsTopic, EventCatalogue.REGISTRATION_CANCELLED.wireName(), secondId));
        assertThat(fieldNames(cancellation)).isEqualTo(fieldNames(sample(EventCatalogue.REGISTRATION_CANCELLED.samplePath())));
        assertThat(cancellation.get("reason").asString()).isEqualTo("REGISTRANT");

        String thirdId = waiting.get("id").asString();
        JsonNode promoted = json(one(meetingsTopic, EventCatalogue.REGISTRATION_CONFIRMED.wireName(), thirdId));
        assertThat(promoted.get("name").asString()).isEqualTo("千葉 三郎");
        assertThat(promoted.get("joinUrl").asString()).isEqualTo("https://meet.example.jp/j/seminar");
        JsonNode list = secretariat.get("/api/meetings/" + meeting + "/registrations").json();
        assertThat(list.get("confirmed").asInt()).isEqualTo(2);
        JsonNode fourthNow = secretariat.get("/api/meetings/" + meeting + "/registrations/"
                + fourth.json().get("registration").get("id").asString()).json();
        assertThat(fourthNow.get("waitlistPosition").asInt()).isEqualTo(1);

        // the link works once; a wrong token finds nothing
        assertThat(anonymous.post("/api/registrations/cancellation", "{\"token\":\"" + token + "\"}").status()).isEqualTo(409);
        assertThat(anonymous.post("/api/registrations/cancellation", "{\"token\":\"not-the-token\"}").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/registrations/cancellation?token=not-the-token").status()).isEqualTo(404);
    }

    @Test
    void anonymousCallersRegisterOnlyForPublicMeetings() {
        String members = seminar("MEMBERS", null, "2031-09-01T14:00:00+09:00");
        assertThat(anonymous.post("/api/meetings/" + members + "/registrations", person("匿名", "anon@example.jp")).status())
                .isEqualTo(404);
        Response badEmail = anonymous.post("/api/meetings/" + seminar("PUBLIC", null, "2031-09-02T14:00:00+09:00")
                + "/registrations", person("千葉 一郎", "not-an-address"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("email");
    }

    @Test
    void aMemberSeesItsOwnRegistrationsOnlyAndAnothersIsA404() {
        String meeting = seminar("MEMBERS", null, "2031-10-01T14:00:00+09:00");
        ApiClient ichikawa = ApiClient.at(port).as(TestTokens.member("member-ichikawa"));
        ApiClient narashino = ApiClient.at(port).as(TestTokens.member("member-narashino"));
        Response ours = ichikawa.post("/api/meetings/" + meeting + "/registrations", """
                {"name":"大塚 信之","organisation":"市川市","organisationKind":"LOCAL_GOVERNMENT","email":"joho@example.jp"}""");
        Response theirs = narashino.post("/api/meetings/" + meeting + "/registrations", """
                {"name":"習志野 花子","organisation":"習志野市","email":"hanako@example.jp","memberId":"member-ichikawa"}""");
        assertThat(ours.status()).as(ours.toString()).isEqualTo(201);
        assertThat(theirs.json().get("registration").get("memberId").asString())
                .as("a member registers for itself, whatever it claims").isEqualTo("member-narashino");

        String ourId = ours.json().get("registration").get("id").asString();
        String theirId = theirs.json().get("registration").get("id").asString();
        JsonNode seen = ichikawa.get("/api/meetings/" + meeting + "/registrations").json().get("items");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("id").asString()).isEqualTo(ourId);
        assertThat(ichikawa.get("/api/meetings/" + meeting + "/registrations/" + theirId).status()).isEqualTo(404);
        assertThat(ichikawa.post("/api/meetings/" + meeting + "/registrations/" + theirId + "/cancellation", "{}").status())
                .isEqualTo(404);
        assertThat(ichikawa.get("/api/registrations").json().get("items")).hasSize(1);
        assertThat(secretariat.get("/api/meetings/" + meeting + "/registrations").json().get("items")).hasSize(2);
        assertThat(anonymous.get("/api/meetings/" + meeting + "/registrations").status()).isEqualTo(401);
        assertThat(ichikawa.get("/api/meetings/" + meeting + "/registrations/export").status()).isEqualTo(403);
    }

    @Test
    void aWithdrawnMembersFutureRegistrationsAreCancelledOnceAndItsPastOnesStay() {
        String member = "member-" + UUID.randomUUID();
        infrastructure.publish(new MemberAdmitted(member, "富里市", MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27)),
                UUID.randomUUID().toString());
        infrastructure.awaitConsumed("events", Topics.MEMBERSHIP);
        ApiClient tomisato = ApiClient.at(port).as(TestTokens.member(member));
        String before = seminar("MEMBERS", null, "2031-11-08T14:00:00+09:00");
        String after = seminar("MEMBERS", 1, "2031-11-10T14:00:00+09:00");
        String beforeId = tomisato.post("/api/meetings/" + before + "/registrations", person("富里 太郎", "taro@example.jp"))
                .json().get("registration").get("id").asString();
        Response afterReg = tomisato.post("/api/meetings/" + after + "/registrations", person("富里 太郎", "taro@example.jp"));
        assertThat(afterReg.json().get("registration").get("organisation").asString()).as("named from the roll").isEqualTo("富里市");
        assertThat(afterReg.json().get("registration").get("organisationKind").asString()).isEqualTo("LOCAL_GOVERNMENT");
        String afterId = afterReg.json().get("registration").get("id").asString();
        String waitingId = ApiClient.at(port).as(TestTokens.member("member-other"))
                .post("/api/meetings/" + after + "/registrations", person("他 会員", "other@example.jp"))
                .json().get("registration").get("id").asString();

        MemberWithdrawn withdrawn = new MemberWithdrawn(member, "富里市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2031, 11, 9), "退会届の受理");
        String eventId = UUID.randomUUID().toString();
        infrastructure.publish(withdrawn, eventId);
        infrastructure.publish(withdrawn, eventId);
        infrastructure.awaitConsumed("events", Topics.MEMBERSHIP);

        JsonNode cancelled = json(one(meetingsTopic, EventCatalogue.REGISTRATION_CANCELLED.wireName(), afterId));
        assertThat(cancelled.get("reason").asString()).isEqualTo("MEMBER_WITHDRAWN");
        assertThat(cancelled.get("memberId").asString()).isEqualTo(member);
        assertThat(secretariat.get("/api/meetings/" + before + "/registrations/" + beforeId).json().get("status").asString())
                .as("the meeting before the withdrawal keeps it").isEqualTo("CONFIRMED");
        assertThat(secretariat.get("/api/meetings/" + after + "/registrations/" + waitingId).json().get("status").asString())
                .as("the freed place went to the waitlist").isEqualTo("CONFIRMED");

        // a later, separate delivery of the same withdrawal changes nothing
        infrastructure.publish(withdrawn, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("events", Topics.MEMBERSHIP);
        assertThat(Published.settledCount(meetingsTopic, EventCatalogue.REGISTRATION_CANCELLED.wireName(), afterId)).isEqualTo(1);
        assertThat(Published.settledCount(meetingsTopic, EventCatalogue.REGISTRATION_CANCELLED.wireName(), beforeId)).isZero();
        assertThat(Published.settledCount(meetingsTopic, EventCatalogue.REGISTRATION_CONFIRMED.wireName(), waitingId))
                .as("confirmed once, on its promotion").isEqualTo(1);
    }

    @Test
    void attendanceIsCountedAsThePacketReportsIt() throws Exception {
        String meeting = seminar("PUBLIC", null, "2031-08-26T14:00:00+09:00");
        String[][] people = {
                {"市川市", "LOCAL_GOVERNMENT", "false"}, {"市川市", "LOCAL_GOVERNMENT", "false"},
                {"木更津市", "LOCAL_GOVERNMENT", "false"}, {"千葉商科大学", "ORGANISATION", "false"},
                {"株式会社サンプル", "ORGANISATION", "false"}, {"千葉県", "LOCAL_GOVERNMENT", "true"},
                {"習志野市", "LOCAL_GOVERNMENT", "false"}};
        String firstId = null;
        for (int i = 0; i < people.length; i++) {
            Response registered = anonymous.post("/api/meetings/" + meeting + "/registrations", """
                    {"name":"参加者 %d","organisation":"%s","organisationKind":"%s","observer":%s,"email":"p%d@example.jp"}"""
                    .formatted(i, people[i][0], people[i][1], people[i][2], i));
            String id = registered.json().get("registration").get("id").asString();
            firstId = firstId == null ? id : firstId;
            Response attended = secretariat.put("/api/meetings/" + meeting + "/registrations/" + id + "/attendance",
                    "{\"attended\":" + (i != 6) + "}");
            assertThat(attended.status()).as(attended.toString()).isEqualTo(200);
        }
        secretariat.put("/api/meetings/" + meeting + "/attendance", "{\"organisers\":6}");

        JsonNode statistics = secretariat.get("/api/meetings/" + meeting + "/attendance").json();
        assertThat(statistics.get("summary").asString()).isEqualTo("受講者 2自治体・2団体、6名（オブザーバー含む） 講師・運営側 6名");
        JsonNode recorded = json(one(meetingsTopic, EventCatalogue.ATTENDANCE_RECORDED.wireName(), firstId));
        assertThat(fieldNames(recorded)).isEqualTo(fieldNames(sample(EventCatalogue.ATTENDANCE_RECORDED.samplePath())));
        assertThat(recorded.get("attended").asBoolean()).isTrue();

        String counted = seminar("MEMBERS", null, "2031-08-27T14:00:00+09:00");
        Response report = secretariat.put("/api/meetings/" + counted + "/attendance", """
                {"organisers":6,"headcount":{"localGovernments":16,"organisations":3,"people":26,"observersIncluded":true}}""");
        assertThat(report.json().get("summary").asString()).isEqualTo("受講者 16自治体・3団体、26名（オブザーバー含む） 講師・運営側 6名");
        Response negative = secretariat.put("/api/meetings/" + counted + "/attendance", "{\"organisers\":-1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("organisers");

        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/meetings/" + meeting + "/registrations/export"))
                .header("Authorization", "Bearer " + TestTokens.secretariat()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF登録番号,氏名,所属,区分,メールアドレス").contains("参加者 0,市川市,自治体,p0@example.jp");
    }

    @Test
    void personalDataIsMaskedWhenPrinted() {
        Registrant registrant = new Registrant(null, "大塚 信之", "市川市", null,
                io.councilhub.chassis.domain.Email.of("joho@example.jp"), false);
        assertThat(registrant.toString()).doesNotContain("信之").doesNotContain("joho@").contains("j***@example.jp");
    }
}
