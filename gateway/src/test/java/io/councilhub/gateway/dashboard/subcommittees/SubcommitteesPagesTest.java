package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat reads the subcommittees, a plan's cost table like the packet's 活動企画書, and a report, and drafts a
 * year's plan for a subcommittee.
 */
class SubcommitteesPagesTest extends DashboardPageTest {

    static final ServiceStandIn subcommittee = ServiceStandIn.start()
            .resource("GET /api/subcommittees", "activities/subcommittee/subcommittees.json")
            .resource("GET /api/subcommittees/plans?fiscalYear=2022", "activities/subcommittee/plans-2022.json")
            .json("GET /api/subcommittees/reports?fiscalYear=2022", "[]")
            .answer("GET /api/subcommittees/plans?fiscalYear=2021", 500, "application/problem+json", "{\"status\":500}")
            .resource("GET /api/subcommittees/reports?fiscalYear=2021", "activities/subcommittee/reports-2021.json")
            .resource("GET /api/subcommittees/plans/plan-sc-dx-literacy-2022", "activities/subcommittee/plan-dx-literacy-2022.json")
            .resource("GET /api/subcommittees/reports/report-sc-dx-literacy-2021", "activities/subcommittee/report-dx-literacy-2021.json")
            .answerWhen("POST /api/subcommittees/plans", "sc-dx-literacy", 409, "application/problem+json",
                    "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"sc-dx-literacy has a plan for 2022 already\","
                            + "\"rule\":\"plan-exists\"}")
            .answer("POST /api/subcommittees/plans", 201, "application/json", "{\"id\":\"plan-sc-data-use-2022\"}")
            .json("GET /api/subcommittees/sc-dx-literacy", SubcommitteesPagesTest.first("subcommittees.json"))
            .json("GET /api/subcommittees/wg-open-data", """
                    {"id":"wg-open-data","kind":"WORKING_GROUP","name":"オープンデータWG","establishedOn":"2022-06-01",
                     "representative":{"memberId":"m-cuc","organisation":"千葉商科大学","person":"山田 一郎"},
                     "participants":[],"status":"ACTIVE"}""")
            .answer("POST /api/subcommittees/sc-dx-literacy/participants", 201, "application/json", "{\"id\":\"sc-dx-literacy\"}")
            .answer("POST /api/subcommittees/wg-open-data/participants", 201, "application/json", "{\"id\":\"wg-open-data\"}")
            .answerWhen("DELETE /api/subcommittees/sc-dx-literacy/participants/p-1?leftOn=2022-03-01", "", 400,
                    "application/problem+json", ServiceStandIn.problemJson(400, "leftOn", "must not be before joining on 2013-05-27"))
            .answer("DELETE /api/subcommittees/sc-dx-literacy/participants/p-2?leftOn=2022-10-31&reason=%E9%80%80%E4%BC%9A",
                    200, "application/json", "{\"id\":\"sc-dx-literacy\"}");
    static final ServiceStandIn membership = ServiceStandIn.start()
            .json("GET /api/members?status=ACTIVE&page=0&size=200", """
                    {"items":[{"id":"m-ichikawa","name":"市川市","category":"MUNICIPALITY"},
                              {"id":"m-funabashi","name":"船橋市","category":"MUNICIPALITY"}],"total":2}""");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).subcommittee(subcommittee).membership(membership);
    }

    @Test
    void theSubcommitteesAndTheYearsPlansAreListedWithTheirTotals() {
        String page = administrator().page("/dashboard/subcommittees?fy=2022");

        assertThat(text(element(page, "tr", "data-subcommittee=\"sc-dx-literacy\"")))
                .isEqualTo("DXリテラシ向上対策部会 部会 千葉商科大学 山田 一郎 3 平成25年5月27日 活動中");
        assertThat(text(element(page, "tr", "data-subcommittee=\"sc-data-use\""))).contains("データ活用部会", "代表者不在");
        assertThat(text(element(page, "tr", "data-plan=\"plan-sc-dx-literacy-2022\"")))
                .isEqualTo("DXリテラシ向上対策部会 行政手続きのオンライン化 提出済み 155,000円");
        assertThat(text(element(page, "tr", "data-plan=\"plan-sc-data-use-2022\""))).contains("承認", "110,000円 110,000円");
        assertThat(text(element(page, "section", "id=\"reports-panel\""))).contains("この年度の活動報告はありません");
    }

    @Test
    void theSecretariatDraftsAPlanForTheSelectedYearAndGoesOnToItsCostTable() {
        Browser browser = administrator();
        String form = element(browser.page("/dashboard/subcommittees?fy=2022"), "details", "id=\"new-plan\"");
        assertThat(form).contains("value=\"2022-04-01\"", "value=\"2023-03-31\"", "action=\"/dashboard/subcommittees/plans?fy=2022\"");
        assertThat(element(form, "select", "name=\"subcommitteeId\"")).contains("データ活用部会");

        HttpResponse<String> drafted = browser.post("/dashboard/subcommittees/plans?fy=2022", Map.of(
                "subcommitteeId", "sc-data-use", "theme", "データ利活用の推進", "periodFrom", "2022-04-01",
                "periodTo", "2023-03-31", "background", "庁内データの活用を進める。"));

        assertThat(drafted.statusCode()).isEqualTo(302);
        assertThat(drafted.headers().firstValue("Location").orElseThrow())
                .endsWith("/dashboard/subcommittees/plans/plan-sc-data-use-2022");
        assertThat(subcommittee.seen("POST", "/api/subcommittees/plans")).last().satisfies(post -> assertThat(post.body())
                .isEqualTo("{\"subcommitteeId\":\"sc-data-use\",\"fiscalYear\":2022,\"theme\":\"データ利活用の推進\","
                        + "\"periodFrom\":\"2022-04-01\",\"periodTo\":\"2023-03-31\",\"background\":\"庁内データの活用を進める。\"}"));
    }

    @Test
    void aDraftWithoutThemeOrWithAPeriodEndingFirstComesBackAndNothingIsSent() {
        Browser browser = administrator();
        browser.page("/dashboard/subcommittees?fy=2022");
        int before = subcommittee.seen("POST", "/api/subcommittees/plans").size();

        HttpResponse<String> refused = browser.post("/dashboard/subcommittees/plans?fy=2022", Map.of(
                "subcommitteeId", "sc-data-use", "theme", " ", "periodFrom", "2022-04-01", "periodTo", "2022-03-31"));

        assertThat(refused.statusCode()).isEqualTo(400);
        String form = element(refused.body(), "details", "id=\"new-plan\"");
        assertThat(form).contains(" open");
        assertThat(text(element(form, "span", "data-field=\"theme\""))).isEqualTo("研究テーマを入力してください");
        assertThat(text(element(form, "span", "data-field=\"periodTo\""))).isEqualTo("終了日は開始日より後にしてください");
        assertThat(subcommittee.seen("POST", "/api/subcommittees/plans")).hasSize(before);
    }

    @Test
    void aSecondPlanForTheSameYearIsTheServicesRefusal() {
        Browser browser = administrator();
        browser.page("/dashboard/subcommittees?fy=2022");

        HttpResponse<String> refused = browser.post("/dashboard/subcommittees/plans?fy=2022", Map.of(
                "subcommitteeId", "sc-dx-literacy", "theme", "二つ目", "periodFrom", "2022-04-01", "periodTo", "2023-03-31"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(element(refused.body(), "div", "class=\"notice form-problem\""))).contains("has a plan for 2022 already");
    }

    @Test
    void anOfficerIsNotOfferedTheDraftFormAndCannotPostIt() {
        Browser officer = SignedIn.staff(port, "officer-drafts", "OFFICER");
        assertThat(officer.page("/dashboard/subcommittees?fy=2022")).doesNotContain("id=\"new-plan\"");
        int before = subcommittee.seen().size();
        assertThat(officer.post("/dashboard/subcommittees/plans?fy=2022", Map.of("subcommitteeId", "sc-data-use",
                "theme", "x", "periodFrom", "2022-04-01", "periodTo", "2023-03-31")).statusCode()).isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size())).isEmpty();
    }

    @Test
    void aSubcommitteesPageListsItsParticipantsPastAndPresent() {
        Browser browser = administrator();
        assertThat(browser.page("/dashboard/subcommittees?fy=2022")).contains("href=\"/dashboard/subcommittees/sc-dx-literacy\"");
        String page = browser.page("/dashboard/subcommittees/sc-dx-literacy");

        assertThat(text(element(page, "section", "id=\"subcommittee-summary\""))).contains("部会", "活動中", "千葉商科大学 山田 一郎");
        assertThat(text(element(page, "tr", "data-participant=\"p-3\""))).contains("船橋市", "令和4年9月30日（退会）")
                .doesNotContain("参加を終了する");
        assertThat(element(page, "tr", "data-participant=\"p-1\"")).contains("参加を終了する");
        assertThat(element(page, "select", "name=\"memberId\"")).contains("市川市", "船橋市").doesNotContain("会員外の団体");
    }

    @Test
    void theSecretariatAddsAMemberFromTheRollByItsName() {
        Browser browser = administrator();
        browser.page("/dashboard/subcommittees/sc-dx-literacy");

        HttpResponse<String> added = browser.post("/dashboard/subcommittees/sc-dx-literacy/participants", Map.of(
                "memberId", "m-ichikawa", "person", "市川 花子", "role", "委員", "joinedOn", "2022-10-01"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/subcommittees/sc-dx-literacy#participants");
        assertThat(subcommittee.seen("POST", "/api/subcommittees/sc-dx-literacy/participants")).last()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"memberId\":\"m-ichikawa\",\"organisation\":\"市川市\","
                        + "\"person\":\"市川 花子\",\"role\":\"委員\",\"joinedOn\":\"2022-10-01\"}"));
        assertThat(browser.page("/dashboard/subcommittees/sc-dx-literacy")).contains("参加団体を追加しました");
    }

    @Test
    void aSubcommitteeTakesOnlyMembersAndAWorkingGroupANonMemberWithTheChairsApproval() {
        Browser browser = administrator();
        browser.page("/dashboard/subcommittees/sc-dx-literacy");
        int before = subcommittee.seen("POST", "/api/subcommittees/sc-dx-literacy/participants").size();

        HttpResponse<String> refused = browser.post("/dashboard/subcommittees/sc-dx-literacy/participants", Map.of(
                "memberId", "", "organisation", "NPO法人ちばデータ", "joinedOn", "2022-10-01"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"memberId\"")))
                .isEqualTo("会員団体を選択してください（会員外の団体はワーキンググループのみ）");
        assertThat(subcommittee.seen("POST", "/api/subcommittees/sc-dx-literacy/participants")).hasSize(before);

        String group = browser.page("/dashboard/subcommittees/wg-open-data");
        assertThat(element(group, "select", "name=\"memberId\"")).contains("（会員外の団体）");
        HttpResponse<String> unapproved = browser.post("/dashboard/subcommittees/wg-open-data/participants", Map.of(
                "memberId", "", "organisation", "NPO法人ちばデータ", "joinedOn", "2022-10-01", "approvedBy", ""));
        assertThat(unapproved.statusCode()).isEqualTo(400);
        assertThat(text(element(unapproved.body(), "span", "data-field=\"approvedBy\"")))
                .isEqualTo("会員外の団体には部会長の承認が必要です");

        HttpResponse<String> added = browser.post("/dashboard/subcommittees/wg-open-data/participants", Map.of(
                "memberId", "", "organisation", "NPO法人ちばデータ", "joinedOn", "2022-10-01", "approvedBy", "山田 一郎",
                "approvedOn", "2022-09-20"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(subcommittee.seen("POST", "/api/subcommittees/wg-open-data/participants")).last()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"memberId\":null,\"organisation\":\"NPO法人ちばデータ\","
                        + "\"person\":null,\"role\":null,\"joinedOn\":\"2022-10-01\","
                        + "\"approval\":{\"approvedBy\":\"山田 一郎\",\"approvedOn\":\"2022-09-20\"}}"));
    }

    @Test
    void theSecretariatEndsAParticipationWithItsDayAndReason() {
        Browser browser = administrator();
        browser.page("/dashboard/subcommittees/sc-dx-literacy");

        HttpResponse<String> ended = browser.post("/dashboard/subcommittees/sc-dx-literacy/participants/p-2/leaving",
                Map.of("leftOn", "2022-10-31", "reason", "退会"));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(subcommittee.seen("DELETE", "/api/subcommittees/sc-dx-literacy/participants/p-2")).isNotEmpty();

        HttpResponse<String> refused = browser.post("/dashboard/subcommittees/sc-dx-literacy/participants/p-1/leaving",
                Map.of("leftOn", "2022-03-01", "reason", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(element(refused.body(), "tr", "data-participant=\"p-1\""), "span", "data-field=\"leftOn\"")))
                .isEqualTo("must not be before joining on 2013-05-27");
    }

    @Test
    void anOfficerReadsTheParticipantsButChangesNothing() {
        Browser officer = SignedIn.staff(port, "officer-participants", "OFFICER");
        String page = officer.page("/dashboard/subcommittees/sc-dx-literacy");
        assertThat(page).contains("習志野市").doesNotContain("参加を終了する", "id=\"add-participant\"");
        int before = subcommittee.seen().size();
        assertThat(officer.post("/dashboard/subcommittees/sc-dx-literacy/participants", Map.of("memberId", "m-ichikawa",
                "joinedOn", "2022-10-01")).statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/subcommittees/sc-dx-literacy/participants/p-1/leaving", Map.of("leftOn",
                "2022-10-01")).statusCode()).isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size()))
                .allSatisfy(seen -> assertThat(seen.method()).isEqualTo("GET"));
    }

    /** The first subcommittee of a stand-in file, as {@code GET /api/subcommittees/{id}} answers it. */
    static String first(String file) {
        try (var in = SubcommitteesPagesTest.class.getResourceAsStream("/standins/activities/subcommittee/" + file)) {
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(in).get(0).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void plansTheServiceCannotGiveShowItsNoticeWhileTheListAndReportsRender() {
        String page = administrator().page("/dashboard/subcommittees?fy=2021");

        assertThat(text(element(page, "section", "id=\"plans-panel\""))).contains("部会サービスに接続できません");
        assertThat(text(element(page, "tr", "data-report=\"report-sc-dx-literacy-2021\"")))
                .isEqualTo("ITリテラシ向上対策部会 自治体キャッシュレス 報告済み 1 114,220円");
        assertThat(text(element(page, "section", "id=\"subcommittees-panel\""))).contains("DXリテラシ向上対策部会");
    }

    @Test
    void aPlansCostTableAddsUpTo155000AndComparesWithLastYear() {
        String page = administrator().page("/dashboard/subcommittees/plans/plan-sc-dx-literacy-2022");

        assertThat(page).contains("令和4年度 活動企画書（DXリテラシ向上対策部会）");
        String costs = element(page, "section", "id=\"cost-estimate\"");
        assertThat(rows(costs)).containsSubsequence(
                "行政手続きのオンライン化の事前調査（現場ヒアリング）",
                "事前調査および事前アンケート実施 10,000円 10,000円",
                "現場ヒアリング旅費 2,000円 2名×2か所 8,000円",
                "検討部会および共同研究会運営",
                "Web会議ソフト使用料 2,000円 9か月 18,000円 （7月～3月）",
                "外部講師講演料 20,000円 2回 40,000円",
                "検討部会", "運営報酬 3,000円 3名×4回 36,000円",
                "共同研究会", "運営報酬 3,000円 3名×3回 27,000円", "アンケート実施報酬 2,000円 3回 6,000円",
                "情報発信", "作成作業報酬 2,000円 5回 10,000円",
                "合計 155,000円");
        String comparison = element(page, "section", "id=\"comparison\"");
        assertThat(rows(comparison)).contains("研究テーマ 自治体キャッシュレス 行政手続きのオンライン化",
                "部会 7月・9月・3月、3回実施 7月・9月・12月・3月、4回計画", "活動費合計 114,220円 155,000円");
        assertThat(text(comparison)).contains("前年度（令和3年度）実績", "今年度（令和4年度）計画", "活動費の増減 40,780円");
        assertThat(text(element(page, "section", "id=\"plan-schedule\""))).contains("検討部会（Web形式） 7月・9月・12月・3月 4");
    }

    @Test
    void aReportShowsItsMeetingsCostsAndSelfEvaluation() {
        String page = administrator().page("/dashboard/subcommittees/reports/report-sc-dx-literacy-2021");

        assertThat(page).contains("令和3年度 活動報告（ITリテラシ向上対策部会）");
        assertThat(text(element(page, "section", "id=\"meetings-held\"")))
                .contains("第1回検討部会 令和3年7月1日 15時～16時 Web会議 6名（千葉商科大学1、習志野市1、市川市1、部会事務局3）");
        assertThat(text(element(page, "section", "id=\"sessions\""))).contains("16自治体・3団体、26名（オブザーバー含む）");
        assertThat(rows(element(page, "section", "id=\"costs\""))).contains("外部講師 10,000円×2回 20,000円 20,220円",
                "合計 104,000円 114,220円");
        assertThat(text(element(page, "section", "id=\"self-evaluation\"")))
                .contains("【自己評価】", "共同研究会", "3回とも20名を超える参加があり", "メルマガを24号発行し");
    }

    @Test
    void aPlanReadsInEnglish() {
        String page = administrator().page("/dashboard/subcommittees/plans/plan-sc-dx-literacy-2022?lang=en");

        assertThat(rows(element(page, "section", "id=\"cost-estimate\""))).contains("Total 155,000円");
        assertThat(page).contains("FY2022 Activity plan", "(Reference) comparison with last year");
    }

    private static List<String> rows(String html) {
        Matcher row = Pattern.compile("<tr\\b.*?</tr>", Pattern.DOTALL).matcher(html);
        List<String> texts = new java.util.ArrayList<>();
        while (row.find()) {
            texts.add(text(row.group()));
        }
        return texts;
    }
}
