package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.subcommittee.DemoSeed;
import io.councilhub.subcommittee.subcommittee.Representative;
import io.councilhub.subcommittee.subcommittee.Subcommittee;
import io.councilhub.subcommittee.subcommittee.SubcommitteeKind;
import io.councilhub.subcommittee.subcommittee.Subcommittees;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestPropertySource(properties = DemoSeed.OWN_CONTEXT) // the seed's subcommittee ids: not in a context other features' tests use
class ActivityPlanStoriesTest extends ServiceApiTest {

    @Autowired
    Subcommittees subcommittees;

    ApiClient officer;

    @BeforeEach
    void seed() {
        officer = ApiClient.at(port).as(TestTokens.officer());
        DemoSeed.subcommittees(subcommittees);
    }

    /**
     * The packet's 令和4年度活動企画 come out exactly: 155,000円 and 110,000円 from their items, and the DX literacy plan's
     * (参考) 前年度実績との比較 row for row, 114,220円 against 155,000円, from the FY2021 report.
     */
    @Test
    void theSeedPlansTotal155000And110000AndTheComparisonReproducesThePacket() {
        Map<String, String> plans = seedOnce();
        JsonNode dx = ok(secretariat.get("/api/subcommittees/plans/" + plans.get(DemoSeed.DX))).json();
        assertThat(dx.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(dx.get("subcommitteeName").asString()).isEqualTo("DXリテラシ向上対策部会");
        assertThat(dx.get("fiscalYearLabel").asString()).isEqualTo("令和4年度");
        assertThat(dx.get("period").get("label").asString()).isEqualTo("令和4年4月1日～令和5年3月31日");
        assertThat(dx.get("estimate").get("items").valueStream().map(item -> item.get("amount").asLong()).toList())
                .containsExactly(10_000L, 8_000L, 18_000L, 40_000L, 36_000L, 27_000L, 6_000L, 10_000L);
        assertThat(dx.get("estimate").get("items").get(1).get("basis").asString()).isEqualTo("@2,000円×2名×2か所");
        assertThat(dx.get("estimate").get("total").asLong()).isEqualTo(155_000);
        assertThat(dx.get("estimate").get("totalDisplay").asString()).isEqualTo("155,000円");

        JsonNode comparison = dx.get("comparison");
        assertThat(comparison.get("lastYearLabel").asString()).isEqualTo("令和3年度");
        assertThat(comparison.get("thisYearLabel").asString()).isEqualTo("令和4年度");
        assertThat(comparison.get("rows").valueStream().map(row -> row.get("heading").asString()).toList())
                .containsExactly("研究テーマ", "活動期間", "事前調査", "部会", "共同研究会", "アンケート", "会議会場費", "外部講師",
                        "部会運営費", "情報発信", "活動費合計");
        assertRow(comparison, "研究テーマ", "自治体キャッシュレス", "行政手続きのオンライン化");
        assertRow(comparison, "活動期間", "令和3年4月1日～令和4年3月31日", "令和4年4月1日～令和5年3月31日");
        assertRow(comparison, "部会", "7月・9月・3月、3回実施", "7月・9月・12月・3月、4回計画");
        assertRow(comparison, "共同研究会", "8月・11月・2月、3回実施", "8月・11月・2月、3回計画");
        assertRow(comparison, "活動費合計", "114,220円", "155,000円");

        JsonNode data = ok(secretariat.get("/api/subcommittees/plans/" + plans.get(DemoSeed.DATA))).json();
        assertThat(data.get("estimate").get("items").valueStream().map(item -> item.get("basis").asString()).toList())
                .containsExactly("@30,000円×1回", "@20,000円×3回", "@20,000円×1");
        assertThat(data.get("estimate").get("totalDisplay").asString()).isEqualTo("110,000円");

        JsonNode year = ok(officer.get("/api/subcommittees/plans?fiscalYear=2022")).json();
        assertThat(year.valueStream().filter(plan -> plans.containsValue(plan.get("id").asString()))
                .mapToLong(plan -> plan.get("estimate").get("total").asLong()).sum()).isEqualTo(265_000);
    }

    /**
     * The general assembly approves the DX literacy plan by a proposal delivered twice (and once more under another
     * event id): the plan is approved once, with the grant it asked for, and ActivityPlanApproved goes out once.
     */
    @Test
    void approvalThroughAProposalDeliveredTwicePublishesOneActivityPlanApproved() {
        String plan = freshSubmittedPlan(SubcommitteeKind.SUBCOMMITTEE, 2022, 155_000);
        ProposalApproved approval = new ProposalApproved("p-" + UUID.randomUUID(), "m-2022-gm", 8,
                "令和4年度部会活動企画の承認について", ProposalKind.ACTIVITY_PLAN, plan, 2022, LocalDate.of(2022, 5, 27));
        String eventId = UUID.randomUUID().toString();
        infrastructure.publish(approval, eventId);
        infrastructure.publish(approval, eventId);
        infrastructure.publish(approval, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("subcommittee", Topics.MEETINGS);

        JsonNode approved = ok(officer.get("/api/subcommittees/plans/" + plan)).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("grant").asLong()).isEqualTo(155_000);
        assertThat(approved.get("decision").get("proposalId").asString()).isEqualTo(approval.proposalId());
        assertThat(approved.get("decision").get("on").asString()).isEqualTo("2022-05-27");
        try (TopicProbe published = infrastructure.probe(Topics.SUBCOMMITTEES)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> events(published, EventCatalogue.ACTIVITY_PLAN_APPROVED.wireName(), plan).size() == 1);
            assertThat(TopicProbe.payload(events(published, EventCatalogue.ACTIVITY_PLAN_APPROVED.wireName(), plan).get(0)))
                    .contains("\"grantYen\":155000", "\"fiscalYear\":2022", "\"approvedOn\":\"2022-05-27\"");
            assertThat(events(published, EventCatalogue.ACTIVITY_PLAN_SUBMITTED.wireName(), plan)).hasSize(1);
        }
        assertThat(officer.post("/api/subcommittees/plans/" + plan + "/approval", "{\"approvedOn\":\"2022-05-28\"}").status())
                .isEqualTo(409);
    }

    @Test
    void anOfficerApprovesASubmittedPlanAndTheSecretariatMayNot() {
        String plan = freshSubmittedPlan(SubcommitteeKind.SUBCOMMITTEE, 2022, 8_000);
        assertThat(secretariat.post("/api/subcommittees/plans/" + plan + "/approval", "{\"approvedOn\":\"2022-05-27\"}")
                .status()).isEqualTo(403);
        JsonNode approved = ok(officer.post("/api/subcommittees/plans/" + plan + "/approval",
                "{\"approvedOn\":\"2022-05-27\"}")).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("grantDisplay").asString()).isEqualTo("8,000円");
        assertThat(approved.get("decision").get("by").asString()).isNotBlank();
        try (TopicProbe published = infrastructure.probe(Topics.SUBCOMMITTEES)) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    events(published, EventCatalogue.ACTIVITY_PLAN_APPROVED.wireName(), plan).size() == 1);
        }
    }

    @Test
    void aWorkingGroupsPlanIsApprovedWithNoGrantInFiscal2022() {
        String plan = freshSubmittedPlan(SubcommitteeKind.WORKING_GROUP, 2022, 8_000);
        JsonNode approved = ok(officer.post("/api/subcommittees/plans/" + plan + "/approval",
                "{\"approvedOn\":\"2022-05-27\"}")).json();
        assertThat(approved.get("grant").asLong()).isZero();
        assertThat(approved.get("estimate").get("total").asLong()).isEqualTo(8_000);
        try (TopicProbe published = infrastructure.probe(Topics.SUBCOMMITTEES)) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    events(published, EventCatalogue.ACTIVITY_PLAN_APPROVED.wireName(), plan).size() == 1);
            assertThat(TopicProbe.payload(events(published, EventCatalogue.ACTIVITY_PLAN_APPROVED.wireName(), plan).get(0)))
                    .contains("\"grantYen\":0");
        }
        String fiscal2023 = freshSubmittedPlan(SubcommitteeKind.WORKING_GROUP, 2023, 8_000);
        assertThat(ok(officer.post("/api/subcommittees/plans/" + fiscal2023 + "/approval",
                "{\"approvedOn\":\"2023-05-27\"}")).json().get("grant").asLong()).isEqualTo(8_000);
    }

    @Test
    void aSubmittedPlanIsNoLongerEditedNorSubmittedAgain() {
        String plan = freshSubmittedPlan(SubcommitteeKind.SUBCOMMITTEE, 2022, 8_000);
        Response edit = secretariat.put("/api/subcommittees/plans/" + plan, """
                {"theme":"変更","items":[{"description":"旅費","unitPrice":1}]}""");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("rule").asString()).isEqualTo("plan-not-draft");
        assertThat(secretariat.post("/api/subcommittees/plans/" + plan + "/submission", "{\"submittedOn\":\"2022-05-01\"}")
                .status()).isEqualTo(409);
        JsonNode unchanged = ok(secretariat.get("/api/subcommittees/plans/" + plan)).json();
        assertThat(unchanged.get("theme").asString()).isEqualTo("テスト");
        assertThat(unchanged.get("estimate").get("total").asLong()).isEqualTo(8_000);
    }

    @Test
    void aDraftIsEditedUntilSubmittedAndOnePlanPerSubcommitteeAndYear() {
        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        Response drafted = secretariat.post("/api/subcommittees/plans", planJson(subcommittee, 2022, 2_000));
        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.location()).startsWith("/api/subcommittees/plans/");
        String plan = drafted.json().get("id").asString();
        JsonNode revised = ok(secretariat.put("/api/subcommittees/plans/" + plan, """
                {"theme":"改訂","items":[{"description":"旅費","unitPrice":3000,"factors":[{"kind":"PEOPLE","quantity":2}]}]}""")).json();
        assertThat(revised.get("estimate").get("total").asLong()).isEqualTo(6_000);
        Response again = secretariat.post("/api/subcommittees/plans", planJson(subcommittee, 2022, 2_000));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("plan-exists");
        assertThat(secretariat.post("/api/subcommittees/plans", planJson("sc-nowhere", 2022, 1)).status()).isEqualTo(404);
    }

    @Test
    void aDraftsCostEstimateIsReplacedAloneAndTheRestOfThePlanStays() {
        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        String plan = ok(secretariat.post("/api/subcommittees/plans", """
                {"subcommitteeId":"%s","fiscalYear":2022,"theme":"行政手続きのオンライン化","background":"背景",
                 "schedule":[{"kind":"MEETING","title":"部会","months":[7,9]}],
                 "comparison":[{"heading":"研究テーマ","source":"THEME","lastYear":"自治体キャッシュレス"}],
                 "items":[{"description":"旅費","unitPrice":2000}]}""".formatted(subcommittee))).json().get("id").asString();

        JsonNode revised = ok(secretariat.put("/api/subcommittees/plans/" + plan + "/estimate", """
                {"items":[{"heading":"部会","description":"会議会場費","unitPrice":6000,"factors":[{"kind":"TIMES","quantity":4}]},
                          {"heading":"外部講師","description":"講師謝金","unitPrice":30000,"factors":[{"kind":"PEOPLE","quantity":1},
                           {"kind":"TIMES","quantity":2}],"note":"源泉徴収後"}]}""")).json();

        assertThat(revised.get("estimate").get("items").valueStream().map(item -> item.get("basis").asString()).toList())
                .containsExactly("@6,000円×4回", "@30,000円×1名×2回");
        assertThat(revised.get("estimate").get("total").asLong()).isEqualTo(84_000);
        assertThat(revised.get("theme").asString()).isEqualTo("行政手続きのオンライン化");
        assertThat(revised.get("background").asString()).isEqualTo("背景");
        assertThat(revised.get("schedule").get(0).get("monthsLabel").asString()).isNotBlank();
        assertRow(revised.get("comparison"), "研究テーマ", "自治体キャッシュレス", "行政手続きのオンライン化");

        Response bad = secretariat.put("/api/subcommittees/plans/" + plan + "/estimate", """
                {"items":[{"description":"a","unitPrice":1},{"description":"b","unitPrice":-5}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("items[1].unitPrice");
        assertThat(officer.put("/api/subcommittees/plans/" + plan + "/estimate", "{\"items\":[]}").status()).isEqualTo(403);
        assertThat(ok(secretariat.get("/api/subcommittees/plans/" + plan)).json().get("estimate").get("total").asLong())
                .as("unchanged by the refused edits").isEqualTo(84_000);

        String submitted = freshSubmittedPlan(SubcommitteeKind.SUBCOMMITTEE, 2022, 8_000);
        Response late = secretariat.put("/api/subcommittees/plans/" + submitted + "/estimate", """
                {"items":[{"description":"旅費","unitPrice":1}]}""");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("rule").asString()).isEqualTo("plan-not-draft");
    }

    @Test
    void aDraftsOutlineIsReplacedAloneAndTheRestOfThePlanStays() {
        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        String plan = ok(secretariat.post("/api/subcommittees/plans", """
                {"subcommitteeId":"%s","fiscalYear":2022,"theme":"自治体キャッシュレス","background":"背景",
                 "framework":[{"title":"事前調査","text":"アンケート"}],
                 "schedule":[{"kind":"MEETING","title":"部会","months":[7,9]}],
                 "comparison":[{"heading":"研究テーマ","source":"THEME","lastYear":"自治体キャッシュレス"},
                               {"heading":"アンケート","lastYear":"実施せず","thisYear":"12月実施"}],
                 "items":[{"description":"旅費","unitPrice":2000}]}""".formatted(subcommittee))).json().get("id").asString();

        JsonNode revised = ok(secretariat.put("/api/subcommittees/plans/" + plan + "/outline", """
                {"theme":"行政手続きのオンライン化","periodFrom":"2022-06-01","periodTo":"2023-03-31",
                 "background":"  行政手続きのオンライン化が進む中、  ",
                 "framework":[{"title":"検討部会","text":"年4回"},{"title":"情報発信","text":"メールマガジン"}]}""")).json();

        assertThat(revised.get("theme").asString()).isEqualTo("行政手続きのオンライン化");
        assertThat(revised.get("period").get("label").asString()).isEqualTo("令和4年6月1日～令和5年3月31日");
        assertThat(revised.get("background").asString()).isEqualTo("行政手続きのオンライン化が進む中、");
        assertThat(revised.get("framework").valueStream().map(section -> section.get("title").asString()).toList())
                .containsExactly("検討部会", "情報発信");
        assertThat(revised.get("schedule").get(0).get("title").asString()).isEqualTo("部会");
        assertThat(revised.get("estimate").get("total").asLong()).isEqualTo(2_000);
        assertRow(revised.get("comparison"), "研究テーマ", "自治体キャッシュレス", "行政手続きのオンライン化");
        assertRow(revised.get("comparison"), "アンケート", "実施せず", "12月実施");

        Response backwards = secretariat.put("/api/subcommittees/plans/" + plan + "/outline", """
                {"theme":"x","periodFrom":"2022-06-01","periodTo":"2022-05-31"}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("periodTo");
        Response untitled = secretariat.put("/api/subcommittees/plans/" + plan + "/outline", """
                {"theme":"x","framework":[{"title":"検討部会"},{"title":" ","text":"本文"}]}""");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("framework[1].title");
        assertThat(officer.put("/api/subcommittees/plans/" + plan + "/outline", "{\"theme\":\"x\"}").status()).isEqualTo(403);
        assertThat(ok(secretariat.get("/api/subcommittees/plans/" + plan)).json().get("theme").asString())
                .as("unchanged by the refused edits").isEqualTo("行政手続きのオンライン化");

        String submitted = freshSubmittedPlan(SubcommitteeKind.SUBCOMMITTEE, 2022, 8_000);
        Response late = secretariat.put("/api/subcommittees/plans/" + submitted + "/outline", "{\"theme\":\"x\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("rule").asString()).isEqualTo("plan-not-draft");
    }

    @Test
    void aDraftsScheduleIsReplacedAloneAndTheComparisonFollowsIt() {
        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        String plan = ok(secretariat.post("/api/subcommittees/plans", """
                {"subcommitteeId":"%s","fiscalYear":2022,"theme":"行政手続きのオンライン化","background":"背景",
                 "schedule":[{"kind":"MEETING","title":"部会","months":[7,9]}],
                 "items":[{"description":"旅費","unitPrice":2000}]}""".formatted(subcommittee))).json().get("id").asString();

        JsonNode revised = ok(secretariat.put("/api/subcommittees/plans/" + plan + "/schedule", """
                {"schedule":[{"kind":"MEETING","title":"検討部会","format":"Web形式","months":[7,9,12,3]},
                             {"kind":"JOINT_SESSION","title":"共同研究会","months":[8,11,2]}]}""")).json();

        assertThat(revised.get("schedule").valueStream().map(activity -> activity.get("title").asString()).toList())
                .containsExactly("検討部会", "共同研究会");
        assertThat(revised.get("schedule").get(0).get("format").asString()).isEqualTo("Web形式");
        assertRow(revised.get("comparison"), "部会", "(特になし)", "7月・9月・12月・3月、4回計画");
        assertRow(revised.get("comparison"), "共同研究会", "(特になし)", "8月・11月・2月、3回計画");
        assertThat(revised.get("theme").asString()).isEqualTo("行政手続きのオンライン化");
        assertThat(revised.get("estimate").get("total").asLong()).isEqualTo(2_000);

        Response badMonth = secretariat.put("/api/subcommittees/plans/" + plan + "/schedule", """
                {"schedule":[{"kind":"MEETING","title":"部会","months":[7]},{"kind":"MEETING","title":"部会","months":[13]}]}""");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("schedule[1].months[0]");
        assertThat(secretariat.put("/api/subcommittees/plans/" + plan + "/schedule", "{}").status()).isEqualTo(400);
        assertThat(officer.put("/api/subcommittees/plans/" + plan + "/schedule", "{\"schedule\":[]}").status()).isEqualTo(403);
        assertThat(ok(secretariat.get("/api/subcommittees/plans/" + plan)).json().get("schedule")).as("unchanged by the refused edits")
                .hasSize(2);

        String submitted = freshSubmittedPlan(SubcommitteeKind.SUBCOMMITTEE, 2022, 8_000);
        Response late = secretariat.put("/api/subcommittees/plans/" + submitted + "/schedule", "{\"schedule\":[]}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("rule").asString()).isEqualTo("plan-not-draft");
    }

    @Test
    void aDraftsComparisonRowsAreReplacedAloneAndReadBackAsEntered() {
        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        String plan = ok(secretariat.post("/api/subcommittees/plans", """
                {"subcommitteeId":"%s","fiscalYear":2022,"theme":"行政手続きのオンライン化",
                 "schedule":[{"kind":"MEETING","title":"部会","months":[7,9]}],
                 "items":[{"description":"旅費","unitPrice":2000}]}""".formatted(subcommittee))).json().get("id").asString();
        JsonNode drafted = ok(secretariat.get("/api/subcommittees/plans/" + plan)).json();
        assertThat(drafted.get("comparisonRows").valueStream().map(row -> row.get("source").asString()).toList())
                .as("the packet's four derived rows until others are entered")
                .containsExactly("THEME", "PERIOD", "MEETINGS", "SESSIONS");

        JsonNode revised = ok(secretariat.put("/api/subcommittees/plans/" + plan + "/comparison", """
                {"rows":[{"heading":"研究テーマ","source":"THEME","lastYear":"自治体キャッシュレス"},
                         {"heading":"部会","source":"MEETINGS"},
                         {"heading":"アンケート","source":"TEXT","lastYear":"実施せず","thisYear":"12月実施"}]}""")).json();

        assertThat(revised.get("comparison").get("rows").valueStream().map(row -> row.get("heading").asString()).toList())
                .containsExactly("研究テーマ", "部会", "アンケート", "活動費合計");
        assertRow(revised.get("comparison"), "研究テーマ", "自治体キャッシュレス", "行政手続きのオンライン化");
        assertRow(revised.get("comparison"), "部会", "(特になし)", "7月・9月、2回計画");
        assertRow(revised.get("comparison"), "アンケート", "実施せず", "12月実施");
        JsonNode entered = revised.get("comparisonRows");
        assertThat(entered).hasSize(3);
        assertThat(entered.get(0).get("lastYear").asString()).isEqualTo("自治体キャッシュレス");
        assertThat(entered.get(0).get("thisYear").isNull()).as("derived, not entered").isTrue();
        assertThat(entered.get(2).get("source").asString()).isEqualTo("TEXT");
        assertThat(revised.get("theme").asString()).isEqualTo("行政手続きのオンライン化");
        assertThat(revised.get("estimate").get("total").asLong()).isEqualTo(2_000);

        Response untitled = secretariat.put("/api/subcommittees/plans/" + plan + "/comparison", """
                {"rows":[{"heading":"部会","source":"MEETINGS"},{"heading":" ","thisYear":"12月実施"}]}""");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("rows[1].heading");
        Response longHeading = secretariat.put("/api/subcommittees/plans/" + plan + "/comparison",
                "{\"rows\":[{\"heading\":\"" + "項".repeat(201) + "\"}]}");
        assertThat(longHeading.status()).isEqualTo(400);
        assertThat(longHeading.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("rows[0].heading");
        assertThat(secretariat.put("/api/subcommittees/plans/" + plan + "/comparison", "{}").status()).isEqualTo(400);
        assertThat(officer.put("/api/subcommittees/plans/" + plan + "/comparison", "{\"rows\":[]}").status()).isEqualTo(403);
        assertThat(ok(secretariat.get("/api/subcommittees/plans/" + plan)).json().get("comparisonRows"))
                .as("unchanged by the refused edits").hasSize(3);

        JsonNode reset = ok(secretariat.put("/api/subcommittees/plans/" + plan + "/comparison", "{\"rows\":[]}")).json();
        assertThat(reset.get("comparisonRows")).as("no rows: the four derived ones again").hasSize(4);

        String submitted = freshSubmittedPlan(SubcommitteeKind.SUBCOMMITTEE, 2022, 8_000);
        Response late = secretariat.put("/api/subcommittees/plans/" + submitted + "/comparison", "{\"rows\":[]}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("rule").asString()).isEqualTo("plan-not-draft");
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        assertInvalid(items(subcommittee, "2000.5"), "items[2].unitPrice");
        assertInvalid(items(subcommittee, "\"abc\""), "items[2].unitPrice");
        assertInvalid(items(subcommittee, "-1"), "items[2].unitPrice");
        assertInvalid(items(subcommittee, "null"), "items[2].unitPrice");
        assertInvalid("""
                {"subcommitteeId":"%s","fiscalYear":2022,"items":[{"description":"x","unitPrice":1000000000,"factors":[
                {"kind":"PEOPLE","quantity":10000},{"kind":"TIMES","quantity":10000},{"kind":"MONTHS","quantity":10000}]}]}"""
                .formatted(subcommittee), "items[0].unitPrice");
        assertInvalid("""
                {"subcommitteeId":"%s","fiscalYear":2022,"items":[{"description":"x","unitPrice":10,"factors":[{"kind":"PEOPLE","quantity":0}]}]}"""
                .formatted(subcommittee), "items[0].factors[0].quantity");
        assertInvalid("""
                {"subcommitteeId":"%s","fiscalYear":2022,"items":[{"description":"x","unitPrice":10,"factors":[{"kind":"GUESTS","quantity":1}]}]}"""
                .formatted(subcommittee), "items[0].factors[0].kind");
        assertInvalid("""
                {"subcommitteeId":"%s","fiscalYear":2022,"schedule":[{"kind":"MEETING","title":"部会","months":[7,13]}]}"""
                .formatted(subcommittee), "schedule[0].months[1]");
        assertInvalid("""
                {"subcommitteeId":"%s","fiscalYear":2022,"periodFrom":"2022-04-01","periodTo":"2022-03-31"}"""
                .formatted(subcommittee), "periodTo");
        assertInvalid("""
                {"fiscalYear":2022}""", "subcommitteeId");
        assertThat(ok(secretariat.get("/api/subcommittees/plans?fiscalYear=2022")).json().valueStream()
                .noneMatch(plan -> plan.get("subcommitteeId").asString().equals(subcommittee))).isTrue();
    }

    @Test
    void onlyTheSecretariatDraftsAndAMemberSeesOnlyItsOwnSubcommitteesPlans() {
        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        assertThat(officer.post("/api/subcommittees/plans", planJson(subcommittee, 2022, 1)).status()).isEqualTo(403);
        String plan = ok(secretariat.post("/api/subcommittees/plans", planJson(subcommittee, 2022, 1))).json().get("id").asString();
        assertThat(ApiClient.at(port).as(TestTokens.member("m-" + subcommittee)).get("/api/subcommittees/plans/" + plan).status())
                .isEqualTo(200);
        assertThat(ApiClient.at(port).as(TestTokens.member("m-someone-else")).get("/api/subcommittees/plans/" + plan).status())
                .isEqualTo(404);
        assertThat(ApiClient.at(port).as(TestTokens.member("m-someone-else")).get("/api/subcommittees/plans?fiscalYear=2022")
                .status()).isEqualTo(403);
        assertThat(ApiClient.at(port).get("/api/subcommittees/plans/" + plan).status()).isEqualTo(401);
    }

    /** The printable page is the packet's layout, and whatever a user typed is text on it, never markup. */
    @Test
    void thePrintablePageShowsTheCostTableAndEscapesWhatUsersTyped() {
        Map<String, String> plans = seedOnce();
        Response page = secretariat.get("/api/subcommittees/plans/" + plans.get(DemoSeed.DX) + ".html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<th>項目</th><th>単価</th><th>数量</th><th>金額</th>",
                "<td colspan=\"4\">・検討部会</td>", "<td>運営報酬</td><td class=\"num\">@3,000円</td><td>×3名×4回</td><td class=\"num\">36,000円</td>",
                "<td colspan=\"3\">合計</td><td class=\"num\">155,000円</td>", "(参考) 前年度実績との比較",
                "<th>活動費合計</th><td class=\"num\">114,220円</td><td class=\"num\">155,000円</td>");

        String subcommittee = freshSubcommittee(SubcommitteeKind.SUBCOMMITTEE);
        String plan = ok(secretariat.post("/api/subcommittees/plans", """
                {"subcommitteeId":"%s","fiscalYear":2022,"theme":"<script>alert('x')</script>",
                 "framework":[{"title":"<b>枠組み</b>","text":"A & B \\"引用\\""}],
                 "items":[{"heading":"<i>見出し</i>","description":"<img src=x onerror=alert(1)>","unitPrice":100}]}"""
                .formatted(subcommittee))).json().get("id").asString();
        String html = secretariat.get("/api/subcommittees/plans/" + plan + ".html").body();
        assertThat(html).doesNotContain("<script>alert", "<img", "<b>枠組み", "<i>見出し");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                "A &amp; B &quot;引用&quot;", "&lt;i&gt;見出し&lt;/i&gt;");
    }

    private Map<String, String> seedOnce() {
        DemoSeed.reports2021(secretariat);
        return DemoSeed.plans2022(secretariat);
    }

    private String freshSubcommittee(SubcommitteeKind kind) {
        String id = "sc-test-" + UUID.randomUUID().toString().substring(0, 8);
        subcommittees.save(Subcommittee.establish(id, kind, "テスト部会 " + id, LocalDate.of(2020, 4, 1), null,
                new Representative("m-" + id, "テスト会員", "代表 太郎", null), null, null));
        return id;
    }

    private String freshSubmittedPlan(SubcommitteeKind kind, int year, long unitPrice) {
        String subcommittee = freshSubcommittee(kind);
        String plan = ok(secretariat.post("/api/subcommittees/plans", planJson(subcommittee, year, unitPrice))).json()
                .get("id").asString();
        ok(secretariat.post("/api/subcommittees/plans/" + plan + "/submission",
                "{\"submittedOn\":\"" + year + "-04-28\"}"));
        return plan;
    }

    private static String planJson(String subcommittee, int year, long unitPrice) {
        return """
                {"subcommitteeId":"%s","fiscalYear":%d,"theme":"テスト","items":[{"description":"旅費","unitPrice":%d}]}"""
                .formatted(subcommittee, year, unitPrice);
    }

    private static String items(String subcommittee, String thirdPrice) {
        return """
                {"subcommitteeId":"%s","fiscalYear":2022,"items":[{"description":"a","unitPrice":1},{"description":"b","unitPrice":2},
                {"description":"c","unitPrice":%s}]}""".formatted(subcommittee, thirdPrice);
    }

    private void assertInvalid(String json, String field) {
        Response response = secretariat.post("/api/subcommittees/plans", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .as(response.toString()).contains(field);
    }

    private static void assertRow(JsonNode comparison, String heading, String lastYear, String thisYear) {
        JsonNode row = comparison.get("rows").valueStream().filter(candidate -> candidate.get("heading").asString().equals(heading))
                .findFirst().orElseThrow();
        assertThat(row.get("lastYear").asString()).as(heading).isEqualTo(lastYear);
        assertThat(row.get("thisYear").asString()).as(heading).isEqualTo(thisYear);
    }

    private static List<ConsumerRecord<String, byte[]>> events(TopicProbe probe, String type, String key) {
        return probe.records(type).stream().filter(record -> key.equals(record.key())).toList();
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
