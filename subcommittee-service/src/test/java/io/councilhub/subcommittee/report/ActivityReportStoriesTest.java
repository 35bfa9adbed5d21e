package io.councilhub.subcommittee.report;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.subcommittee.DemoSeed;
import io.councilhub.subcommittee.subcommittee.Subcommittees;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestPropertySource(properties = DemoSeed.OWN_CONTEXT) // the seed's subcommittee ids: not in a context other features' tests use
class ActivityReportStoriesTest extends ServiceApiTest {

    @Autowired
    Subcommittees subcommittees;

    Map<String, String> reports;

    @BeforeEach
    void seed() {
        DemoSeed.subcommittees(subcommittees);
        reports = DemoSeed.reports2021(secretariat);
    }

    /**
     * 令和3年度活動報告 of the DX literacy subcommittee as the packet prints it: three joint study sessions with their
     * dates, speakers and attendance, the mail magazine's 24 issues, the three meetings held, 114,220円 spent; filing
     * it published ActivityReported once.
     */
    @Test
    void theFiscal2021ReportComesOutAsThePacketAndWasReportedOnce() {
        String id = reports.get(DemoSeed.DX);
        JsonNode report = ok(ApiClient.at(port).as(TestTokens.officer()).get("/api/subcommittees/reports/" + id)).json();
        assertThat(report.get("status").asString()).isEqualTo("REPORTED");
        assertThat(report.get("theme").asString()).isEqualTo("自治体キャッシュレス");
        assertThat(report.get("subcommitteeName").asString()).as("its name in FY2021").isEqualTo("ITリテラシ向上対策部会");
        assertThat(report.get("sessions").valueStream().map(session -> session.get("when").asString()).toList())
                .containsExactly("令和3年8月26日 15時～17時", "令和3年11月18日 16時～17時30分", "令和4年2月16日 15時～16時30分");
        assertThat(report.get("sessions").valueStream().map(session -> session.get("participantsLabel").asString()).toList())
                .containsExactly("16自治体・3団体、26名（オブザーバー含む）", "13自治体・3団体、22名（オブザーバー含む）",
                        "14自治体・2団体、25名（オブザーバー含む）");
        assertThat(report.get("sessions").get(1).get("parts").get(1).get("speakers").get(0).asString())
                .isEqualTo("木更津市 経済部産業振興課 島村様");
        assertThat(report.get("outputs").get(0).get("quantity").asInt()).isEqualTo(24);
        assertThat(report.get("outputs").get(0).get("last").asString()).isEqualTo("2022年3月15日号（第80号）");
        assertThat(report.get("meetings").valueStream().map(meeting -> meeting.get("attendance").asString()).toList())
                .containsExactly("6名（千葉商科大学1、習志野市1、市川市1、部会事務局3）",
                        "6名（千葉商科大学1、習志野市1、IT化推進事務局1、部会事務局3）",
                        "6名（千葉商科大学1、習志野市1、IT化推進事務局1、部会事務局3）");
        assertThat(report.get("meetings").get(0).get("when").asString()).isEqualTo("令和3年7月29日 10時～11時30分");
        assertThat(report.get("costs").get("actualTotalDisplay").asString()).isEqualTo("114,220円");
        assertThat(report.get("selfEvaluations")).hasSize(2);

        try (TopicProbe published = infrastructure.probe(Topics.SUBCOMMITTEES)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reported(published, id).size() == 1);
            assertThat(TopicProbe.payload(reported(published, id).get(0)))
                    .contains("\"fiscalYear\":2021", "\"meetingsHeld\":3", "\"actualCostYen\":114220", "\"reportedOn\":\"2022-05-27\"");
        }

        Response page = secretariat.get("/api/subcommittees/reports/" + id + ".html");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("①令和3年度第1回共同研究会", "講師：(一社)キャッシュレス推進協議会事務局長福田好郎様",
                "16自治体・3団体、26名（オブザーバー含む）", "部会開催実績", "◆ 今年度の活動計画", "【自己評価】", "114,220円");
    }

    @Test
    void theDataSubcommitteesEventsAreReportedWithTheirOutcomes() {
        JsonNode report = ok(secretariat.get("/api/subcommittees/reports/" + reports.get(DemoSeed.DATA))).json();
        assertThat(report.get("sessions").valueStream().map(session -> session.get("title").asString()).toList())
                .containsExactly("第二回千映えフォトプロジェクト", "職員向けオープンデータ研修", "第三回ウィキペディアタウン");
        assertThat(report.get("sessions").get(0).get("when").asString()).isEqualTo("令和4年3月26日～令和4年3月27日");
        assertThat(report.get("sessions").get(1).get("participantsLabel").asString()).isEqualTo("68名");
    }

    @Test
    void aFiledReportIsNoLongerEdited() {
        Response edit = secretariat.put("/api/subcommittees/reports/" + reports.get(DemoSeed.DATA), "{\"theme\":\"変更\"}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("rule").asString()).isEqualTo("report-not-draft");
        assertThat(secretariat.post("/api/subcommittees/reports/" + reports.get(DemoSeed.DATA) + "/filing",
                "{\"reportedOn\":\"2022-06-01\"}").status()).isEqualTo(409);
    }

    @Test
    void badInputNamesTheFieldAndOnlyTheSecretariatWrites() {
        Response invalid = secretariat.post("/api/subcommittees/reports", """
                {"subcommitteeId":"sc-data-use","fiscalYear":2020,"meetings":[{"title":"部会","date":"2020-07-01","attendees":2,
                 "breakdown":[{"organisation":"A","count":1},{"organisation":"B","count":0}]}]}""");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("meetings[0].breakdown[1].count");
        Response mismatch = secretariat.post("/api/subcommittees/reports", """
                {"subcommitteeId":"sc-data-use","fiscalYear":2020,"meetings":[{"title":"部会","date":"2020-07-01","attendees":3,
                 "breakdown":[{"organisation":"A","count":1},{"organisation":"B","count":1}]}]}""");
        assertThat(mismatch.json().get("errors").get(0).get("field").asString()).isEqualTo("meetings[0].breakdown");
        Response cost = secretariat.post("/api/subcommittees/reports", """
                {"subcommitteeId":"sc-data-use","fiscalYear":2020,"costs":[{"description":"x","actual":1.5}]}""");
        assertThat(cost.json().get("errors").get(0).get("field").asString()).isEqualTo("costs[0].actual");
        assertThat(secretariat.get("/api/subcommittees/reports?fiscalYear=2020").json()).isEmpty();
        assertThat(ApiClient.at(port).as(TestTokens.officer()).post("/api/subcommittees/reports", """
                {"subcommitteeId":"sc-data-use","fiscalYear":2020}""").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.member("m-someone-else"))
                .get("/api/subcommittees/reports/" + reports.get(DemoSeed.DATA)).status()).isEqualTo(404);
        assertThat(ApiClient.at(port).as(TestTokens.member("m-code-for-nagareyama"))
                .get("/api/subcommittees/reports/" + reports.get(DemoSeed.DATA)).status()).isEqualTo(200);
    }

    private static List<ConsumerRecord<String, byte[]>> reported(TopicProbe probe, String key) {
        return probe.records(EventCatalogue.ACTIVITY_REPORTED.wireName()).stream().filter(record -> key.equals(record.key())).toList();
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
