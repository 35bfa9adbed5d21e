package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat edits a draft plan's comparison with last year (前年度実績との比較) on the dashboard:
 * subcommittee-service's {@code PUT .../comparison}, which changes nothing else of the plan. A derived row shows what
 * it derives until a column is entered; a text row (アンケート) prints as entered. Bad input comes back at its cell and
 * sends nothing; a submitted plan and other roles cannot edit.
 */
class PlanComparisonPageTest extends DashboardPageTest {

    static final String DRAFT = "/api/subcommittees/plans/plan-sc-data-use-2022";
    static final String SUBMITTED_PAGE = "/dashboard/subcommittees/plans/plan-sc-dx-literacy-2022";
    static final String DRAFT_PAGE = "/dashboard/subcommittees/plans/plan-sc-data-use-2022";
    static final String EDITOR = DRAFT_PAGE + "/comparison";

    static final ServiceStandIn subcommittee = ServiceStandIn.start()
            .resource("GET /api/subcommittees/plans/plan-sc-dx-literacy-2022", "activities/subcommittee/plan-dx-literacy-2022.json")
            .resource("GET " + DRAFT, "activities/subcommittee/plan-draft-2022.json")
            .answerWhen("PUT " + DRAFT + "/comparison", "拒否される項目", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "rows[1].heading", "must not be blank"))
            .answer("PUT " + DRAFT + "/comparison", 200, "application/json", "{\"id\":\"plan-sc-data-use-2022\"}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).subcommittee(subcommittee);
    }

    @Test
    void theSecretariatEditsADraftsComparisonRows() {
        Browser secretariat = administrator();
        assertThat(element(secretariat.page(DRAFT_PAGE), "section", "id=\"comparison\""))
                .contains("アンケート", "12月実施", "href=\"/dashboard/subcommittees/plans/plan-sc-data-use-2022/comparison\"");
        String editor = secretariat.page(EDITOR);
        assertThat(editor.split("<tr data-row=").length - 1).as("the plan's 5 rows and 2 empty ones").isEqualTo(7);
        String theme = element(editor, "tr", "data-row=\"0\"");
        assertThat(theme).contains("value=\"研究テーマ\"", "placeholder=\"自治体キャッシュレス\"",
                "placeholder=\"行政手続きのオンライン化\"");
        assertThat(element(theme, "option", "selected")).contains("value=\"THEME\"");
        String survey = element(editor, "tr", "data-row=\"4\"");
        assertThat(survey).contains("value=\"アンケート\"", ">実施せず</textarea>", ">12月実施</textarea>")
                .doesNotContain("placeholder=\"実施せず\"");
        assertThat(element(survey, "option", "selected")).contains("value=\"TEXT\"");
        assertThat(element(editor, "table", "class=\"comparison-editor\"")).as("the total row is the service's, not a row here")
                .doesNotContain("value=\"活動費合計\"");

        HttpResponse<String> saved = secretariat.post(EDITOR, rows(
                row("研究テーマ", "THEME", "", ""),
                row("", "PERIOD", "", ""),
                row(" 部会 ", "MEETINGS", "", "年4回（予定）"),
                row("", "TEXT", "", ""),
                row("アンケート", "TEXT", "実施せず", " 12月に会員へ実施 ")));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(DRAFT_PAGE);
        assertThat(subcommittee.seen("PUT", DRAFT + "/comparison")).last().satisfies(put -> assertThat(put.body())
                .as("empty rows left out, an empty column derived")
                .isEqualTo("{\"rows\":[{\"heading\":\"研究テーマ\",\"source\":\"THEME\",\"lastYear\":null,\"thisYear\":null},"
                        + "{\"heading\":\"部会\",\"source\":\"MEETINGS\",\"lastYear\":null,\"thisYear\":\"年4回（予定）\"},"
                        + "{\"heading\":\"アンケート\",\"source\":\"TEXT\",\"lastYear\":\"実施せず\",\"thisYear\":\"12月に会員へ実施\"}]}"));
        assertThat(secretariat.page(DRAFT_PAGE)).contains("前年度との比較を保存しました");
    }

    @Test
    void aRowWithTextButNoItemOrAnUnknownSourceComesBackAtItsCellAndNothingIsSent() {
        Browser secretariat = administrator();
        secretariat.page(EDITOR);
        int before = subcommittee.seen("PUT", DRAFT + "/comparison").size();

        HttpResponse<String> refused = secretariat.post(EDITOR, rows(
                row("研究テーマ", "THEME", "", ""),
                row("", "TEXT", "", "見出しのない文"),
                row("予算", "BUDGET", "", "")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"rows[1].heading\""))).isEqualTo("項目名を入力してください");
        assertThat(text(element(refused.body(), "span", "data-field=\"rows[2].source\""))).isEqualTo("内容を選択してください");
        assertThat(element(refused.body(), "tr", "data-row=\"1\"")).as("the form as typed").contains(">見出しのない文</textarea>");
        assertThat(element(refused.body(), "tr", "data-row=\"0\"")).doesNotContain("field-error");
        assertThat(subcommittee.seen("PUT", DRAFT + "/comparison")).hasSize(before);

        HttpResponse<String> service = secretariat.post(EDITOR, rows(
                row("研究テーマ", "THEME", "", ""),
                row("", "TEXT", "", ""),
                row("拒否される項目", "TEXT", "", "")));
        assertThat(service.statusCode()).isEqualTo(400);
        assertThat(text(element(service.body(), "span", "data-field=\"rows[2].heading\"")))
                .as("the service's rows[1] is the form's third row: the empty second is not sent").isEqualTo("must not be blank");
    }

    @Test
    void theEditorReadsInEnglish() {
        String editor = administrator().page(EDITOR + "?lang=en");
        assertThat(editor).contains("Edit the comparison with last year", "Theme (derived)", "As entered",
                "Save the comparison");
    }

    @Test
    void onlyTheSecretariatEditsADraftsComparison() {
        Browser officer = SignedIn.staff(port, "officer-comparison", "OFFICER");
        assertThat(officer.page(DRAFT_PAGE)).doesNotContain("id=\"edit-comparison\"");
        assertThat(officer.get(EDITOR).statusCode()).isEqualTo(403);
        int before = subcommittee.seen().size();
        assertThat(officer.post(EDITOR, rows(row("x", "TEXT", "", ""))).statusCode()).isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size())).isEmpty();

        Browser secretariat = administrator();
        assertThat(secretariat.page(SUBMITTED_PAGE)).doesNotContain("id=\"edit-comparison\"");
        assertThat(secretariat.page(SUBMITTED_PAGE + "/comparison")).contains("提出後の企画書の前年度との比較は編集できません")
                .doesNotContain("id=\"comparison-form\"");
    }

    private static String[] row(String heading, String source, String lastYear, String thisYear) {
        return new String[] {heading, source, lastYear, thisYear};
    }

    private static List<Map.Entry<String, String>> rows(String[]... rows) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String at = "rows[" + i + "].";
            fields.add(Map.entry(at + "heading", rows[i][0]));
            fields.add(Map.entry(at + "source", rows[i][1]));
            fields.add(Map.entry(at + "lastYear", rows[i][2]));
            fields.add(Map.entry(at + "thisYear", rows[i][3]));
        }
        return fields;
    }
}
