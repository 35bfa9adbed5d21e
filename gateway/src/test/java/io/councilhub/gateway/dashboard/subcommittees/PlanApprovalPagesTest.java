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
import java.util.stream.Stream;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subcommittee's activity plan goes from draft to decision on its page, as subcommittee-service rules it: the
 * secretariat submits the draft; an officer approves the submitted plan or returns it with the reason; the page shows
 * the plan's status and its history. The secretariat files a report. Nobody does what the service keeps for another role.
 */
class PlanApprovalPagesTest extends DashboardPageTest {

    static final String SUBMITTED = "/api/subcommittees/plans/plan-sc-dx-literacy-2022";
    static final String DRAFT = "/api/subcommittees/plans/plan-sc-data-use-2022";
    static final String PAGE = "/dashboard/subcommittees/plans/plan-sc-dx-literacy-2022";
    static final String DRAFT_PAGE = "/dashboard/subcommittees/plans/plan-sc-data-use-2022";

    static final ServiceStandIn subcommittee = ServiceStandIn.start()
            .resource("GET " + SUBMITTED, "activities/subcommittee/plan-dx-literacy-2022.json")
            .resource("GET " + DRAFT, "activities/subcommittee/plan-draft-2022.json")
            .resource("GET /api/subcommittees/plans/plan-sc-returned-2022", "activities/subcommittee/plan-returned-2022.json")
            .resource("GET /api/subcommittees/plans/plan-sc-approved-2022", "activities/subcommittee/plan-approved-by-proposal-2022.json")
            .resource("GET /api/subcommittees/reports/report-draft-2021", "activities/subcommittee/report-draft-2021.json")
            .answerWhen("POST " + SUBMITTED + "/approval", "2022-04-01", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "decidedOn", "must not be before the submission on 2022-04-28"))
            .answer("POST " + SUBMITTED + "/approval", 200, "application/json", "{\"id\":\"plan-sc-dx-literacy-2022\"}")
            .answer("POST " + SUBMITTED + "/rejection", 200, "application/json", "{\"id\":\"plan-sc-dx-literacy-2022\"}")
            .answer("POST " + DRAFT + "/submission", 200, "application/json", "{\"id\":\"plan-sc-data-use-2022\"}")
            .answerWhen("PUT " + DRAFT + "/estimate", "特別講師謝金", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "items[1].factors[1].quantity", "must be a whole number from 1 to 10000"))
            .answer("PUT " + DRAFT + "/estimate", 200, "application/json", "{\"id\":\"plan-sc-data-use-2022\"}")
            .answer("POST /api/subcommittees/reports/report-draft-2021/filing", 200, "application/json", "{\"id\":\"report-draft-2021\"}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).subcommittee(subcommittee);
    }

    @Test
    void anOfficerApprovesASubmittedPlanWithItsCostTable() {
        Browser officer = SignedIn.staff(port, "officer-approves", "OFFICER");
        String page = officer.page(PAGE);
        assertThat(text(element(page, "section", "id=\"plan-summary\""))).contains("提出済み", "155,000円");
        assertThat(text(element(page, "section", "id=\"plan-history\""))).contains("令和4年4月28日 提出", "承認する",
                "理由を付して返す（不承認）");
        assertThat(text(element(page, "section", "id=\"cost-estimate\""))).contains("合計 155,000円");

        HttpResponse<String> approved = officer.post(PAGE + "/approval", Map.of("approvedOn", "2022-05-20"));

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
        assertThat(subcommittee.seen("POST", SUBMITTED + "/approval")).last().satisfies(post -> {
            assertThat(post.body()).isEqualTo("{\"approvedOn\":\"2022-05-20\"}");
            assertThat(SignedIn.relayed(post.authorization()).getClaimAsStringList("roles")).containsExactly("OFFICER");
        });
        assertThat(officer.page(PAGE)).contains("活動企画書を承認しました");
    }

    @Test
    void anOfficerReturnsAPlanWithTheReason() {
        Browser officer = SignedIn.staff(port, "officer-returns", "OFFICER");
        officer.page(PAGE);

        HttpResponse<String> returned = officer.post(PAGE + "/rejection", Map.of("rejectedOn", "2022-05-20",
                "reason", "積算根拠を見直してください。"));

        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(subcommittee.seen("POST", SUBMITTED + "/rejection")).singleElement().satisfies(post ->
                assertThat(post.body()).isEqualTo("{\"rejectedOn\":\"2022-05-20\",\"reason\":\"積算根拠を見直してください。\"}"));
    }

    @Test
    void returningWithoutAReasonComesBackWithTheErrorAndSendsNothing() {
        Browser officer = SignedIn.staff(port, "officer-forgets", "OFFICER");
        officer.page(PAGE);
        int before = subcommittee.seen("POST", SUBMITTED).size();

        HttpResponse<String> refused = officer.post(PAGE + "/rejection", Map.of("rejectedOn", "2022-05-20", "reason", " "));
        HttpResponse<String> future = officer.post(PAGE + "/approval", Map.of("approvedOn", "2099-04-01"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"reason\""))).isEqualTo("返す理由を入力してください");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(text(element(future.body(), "span", "data-field=\"approvedOn\""))).isEqualTo("未来の日付は指定できません");
        assertThat(subcommittee.seen("POST", SUBMITTED)).hasSize(before);
    }

    @Test
    void theServicesRefusalOfTheDateIsShownNextToTheApprovalDate() {
        Browser officer = SignedIn.staff(port, "officer-early", "OFFICER");
        officer.page(PAGE);

        HttpResponse<String> refused = officer.post(PAGE + "/approval", Map.of("approvedOn", "2022-04-01"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"approvedOn\""))).isEqualTo("must not be before the submission on 2022-04-28");
        assertThat(text(element(refused.body(), "div", "class=\"notice form-problem\""))).contains("decidedOn");
    }

    @Test
    void aReturnedPlanShowsItsHistoryWithTheReasonAndAnApprovedOneTheProposalThatDecidedIt() {
        Browser browser = administrator();

        String returned = text(element(browser.page("/dashboard/subcommittees/plans/plan-sc-returned-2022"), "section",
                "id=\"plan-history\""));
        assertThat(returned).contains("令和4年4月28日 提出", "令和4年5月20日 不承認（差戻し） （officer-1）",
                "理由: 共同研究会の回数と運営報酬の積算根拠を見直してください。").doesNotContain("承認する");
        String approved = browser.page("/dashboard/subcommittees/plans/plan-sc-approved-2022");
        assertThat(text(element(approved, "section", "id=\"plan-history\""))).contains("令和4年7月15日 承認", "議案による議決");
        assertThat(approved).contains("href=\"/dashboard/meetings/proposals/m-2022-general-assembly-p9\"");
        assertThat(text(element(approved, "section", "id=\"plan-summary\""))).contains("承認", "助成額 155,000円");
    }

    @Test
    void theSecretariatSubmitsADraftButLeavesTheDecisionToAnOfficer() {
        Browser secretariat = administrator();
        String draft = secretariat.page(DRAFT_PAGE);
        assertThat(text(element(draft, "section", "id=\"plan-history\""))).contains("まだ提出されていません", "提出する");

        HttpResponse<String> submitted = secretariat.post(DRAFT_PAGE + "/submission", Map.of("submittedOn", "2022-04-28"));

        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(subcommittee.seen("POST", DRAFT + "/submission")).singleElement()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"submittedOn\":\"2022-04-28\"}"));
        String submittedPage = secretariat.page(PAGE);
        assertThat(submittedPage).doesNotContain("id=\"approve-form\"", "id=\"reject-form\"")
                .contains("提出された企画書の承認・不承認は幹事（役員）が行います。");
        int before = subcommittee.seen().size();
        assertThat(secretariat.post(PAGE + "/approval", Map.of("approvedOn", "2022-05-20")).statusCode()).isEqualTo(403);
        assertThat(secretariat.post(PAGE + "/rejection", Map.of("rejectedOn", "2022-05-20", "reason", "x")).statusCode())
                .isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size())).isEmpty();
    }

    @Test
    void theSecretariatEditsADraftsCostTableRowByRow() {
        Browser secretariat = administrator();
        assertThat(element(secretariat.page(DRAFT_PAGE), "section", "id=\"cost-estimate\""))
                .contains("href=\"/dashboard/subcommittees/plans/plan-sc-data-use-2022/estimate\"");
        String editor = secretariat.page(DRAFT_PAGE + "/estimate");
        assertThat(editor.split("data-row=").length - 1).as("the plan's 8 items and 3 empty rows").isEqualTo(11);
        String travel = element(editor, "tr", "data-row=\"1\"");
        assertThat(travel).contains("value=\"現場ヒアリング旅費\"", "value=\"2000\"");
        assertThat(inputs(travel, "people")).isEqualTo("2");
        assertThat(inputs(travel, "places")).isEqualTo("2");
        assertThat(inputs(travel, "times")).isEmpty();

        HttpResponse<String> saved = secretariat.post(DRAFT_PAGE + "/estimate", rows(
                row("部会運営", "会議会場費", "6,000", "", "4", "", "", ""),
                row("", "", "", "", "", "", "", ""),
                row("外部講師", "講師謝金", "３００００", "1", "2", "", "", "源泉徴収後")));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(DRAFT_PAGE);
        assertThat(subcommittee.seen("PUT", DRAFT + "/estimate")).last().satisfies(put -> assertThat(put.body())
                .isEqualTo("{\"items\":[{\"heading\":\"部会運営\",\"description\":\"会議会場費\",\"unitPrice\":6000,"
                        + "\"factors\":[{\"kind\":\"TIMES\",\"quantity\":4}],\"note\":null},"
                        + "{\"heading\":\"外部講師\",\"description\":\"講師謝金\",\"unitPrice\":30000,\"factors\":["
                        + "{\"kind\":\"PEOPLE\",\"quantity\":1},{\"kind\":\"TIMES\",\"quantity\":2}],\"note\":\"源泉徴収後\"}]}"));
        assertThat(secretariat.page(DRAFT_PAGE)).contains("経費見積を保存しました");
    }

    @Test
    void aRowWithoutAnItemOrWithABadPriceComesBackWithTheCellsErrorAndNothingIsSent() {
        Browser secretariat = administrator();
        secretariat.page(DRAFT_PAGE + "/estimate");
        int before = subcommittee.seen("PUT", DRAFT + "/estimate").size();

        HttpResponse<String> refused = secretariat.post(DRAFT_PAGE + "/estimate", rows(
                row("", "旅費", "2000", "2", "", "", "", ""),
                row("見出しだけ", "", "-500", "", "0", "", "", "")));

        assertThat(refused.statusCode()).isEqualTo(400);
        String second = element(refused.body(), "tr", "data-row=\"1\"");
        assertThat(text(element(second, "span", "data-field=\"rows[1].description\""))).isEqualTo("内容を入力してください");
        assertThat(text(element(second, "span", "data-field=\"rows[1].unitPrice\"")))
                .isEqualTo("単価は1円以上の整数で入力してください");
        assertThat(text(element(second, "span", "data-field=\"rows[1].times\""))).isEqualTo("数量は1～10000の整数で入力してください");
        assertThat(second).contains("value=\"見出しだけ\"", "value=\"-500\"");
        assertThat(element(refused.body(), "tr", "data-row=\"0\"")).doesNotContain("field-error");
        assertThat(subcommittee.seen("PUT", DRAFT + "/estimate")).hasSize(before);
    }

    @Test
    void theServicesRefusalIsShownInTheCellItNames() {
        Browser secretariat = administrator();
        secretariat.page(DRAFT_PAGE + "/estimate");

        HttpResponse<String> refused = secretariat.post(DRAFT_PAGE + "/estimate", rows(
                row("", "旅費", "2000", "2", "", "", "", ""),
                row("", "", "", "", "", "", "", ""),
                row("", "特別講師謝金", "30000", "1", "2", "", "", "")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(element(refused.body(), "tr", "data-row=\"2\""), "span", "data-field=\"rows[2].times\"")))
                .isEqualTo("must be a whole number from 1 to 10000");
    }

    @Test
    void onlyTheSecretariatEditsAndOnlyADraft() {
        Browser officer = SignedIn.staff(port, "officer-estimate", "OFFICER");
        assertThat(officer.page(DRAFT_PAGE)).doesNotContain("/estimate\"");
        assertThat(officer.get(DRAFT_PAGE + "/estimate").statusCode()).isEqualTo(403);
        int before = subcommittee.seen().size();
        assertThat(officer.post(DRAFT_PAGE + "/estimate", rows(row("", "旅費", "1", "", "", "", "", "")))
                .statusCode()).isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size())).isEmpty();

        Browser secretariat = administrator();
        assertThat(secretariat.page(PAGE)).doesNotContain("id=\"edit-estimate\"");
        String submitted = secretariat.page(PAGE + "/estimate");
        assertThat(submitted).contains("提出後の企画書の経費見積は編集できません").doesNotContain("id=\"estimate-form\"");
    }

    /** One row of the editor, its inputs in the page's order. */
    private static List<Map.Entry<String, String>> row(String heading, String description, String unitPrice,
                                                       String people, String times, String months, String places,
                                                       String note) {
        return List.of(Map.entry("heading", heading), Map.entry("description", description),
                Map.entry("unitPrice", unitPrice), Map.entry("people", people), Map.entry("times", times),
                Map.entry("months", months), Map.entry("places", places), Map.entry("note", note));
    }

    @SafeVarargs
    private static List<Map.Entry<String, String>> rows(List<Map.Entry<String, String>>... rows) {
        return Stream.of(rows).flatMap(List::stream).toList();
    }

    /** The value of the row's input named {@code name}. */
    private static String inputs(String row, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(row);
        return input.find() ? input.group(1) : "";
    }

    @Test
    void anOfficerCannotSubmitAPlanOrFileAReport() {
        Browser officer = SignedIn.staff(port, "officer-reads", "OFFICER");
        assertThat(officer.page(DRAFT_PAGE)).doesNotContain("id=\"submit-form\"");
        assertThat(officer.page("/dashboard/subcommittees/reports/report-draft-2021")).doesNotContain("id=\"file-form\"");
        int before = subcommittee.seen().size();

        assertThat(officer.post(DRAFT_PAGE + "/submission", Map.of("submittedOn", "2022-04-28")).statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/subcommittees/reports/report-draft-2021/filing", Map.of("reportedOn", "2022-04-28"))
                .statusCode()).isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size())).isEmpty();
    }

    @Test
    void theSecretariatFilesADraftReportWhoseSelfEvaluationAndCostsShow() {
        Browser secretariat = administrator();
        String report = secretariat.page("/dashboard/subcommittees/reports/report-draft-2021");
        assertThat(text(element(report, "section", "id=\"report-summary\""))).contains("作成中", "活動費実績 114,220円",
                "見積との差 10,220円");
        assertThat(text(element(report, "section", "id=\"self-evaluation\""))).contains("【自己評価】", "3回とも20名を超える参加があり");

        HttpResponse<String> filed = secretariat.post("/dashboard/subcommittees/reports/report-draft-2021/filing",
                Map.of("reportedOn", "2022-04-28"));

        assertThat(filed.statusCode()).isEqualTo(302);
        assertThat(subcommittee.seen("POST", "/api/subcommittees/reports/report-draft-2021/filing")).singleElement()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"reportedOn\":\"2022-04-28\"}"));
        assertThat(secretariat.page("/dashboard/subcommittees/reports/report-draft-2021")).contains("活動報告を報告済みにしました");
    }
}
