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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat edits a draft plan's outline (研究テーマ, 部会設置期間, 背景・目的, 検討の枠組み) and its schedule (活動予定,
 * the months each activity is held in) on the dashboard: subcommittee-service's {@code PUT .../outline} and
 * {@code PUT .../schedule}, each of which changes nothing else of the plan. Bad input comes back at its field and sends
 * nothing; a submitted plan and other roles cannot edit.
 */
class PlanOutlineAndSchedulePagesTest extends DashboardPageTest {

    static final String DRAFT = "/api/subcommittees/plans/plan-sc-data-use-2022";
    static final String SUBMITTED_PAGE = "/dashboard/subcommittees/plans/plan-sc-dx-literacy-2022";
    static final String DRAFT_PAGE = "/dashboard/subcommittees/plans/plan-sc-data-use-2022";
    static final String EDITOR = DRAFT_PAGE + "/outline";
    static final String SCHEDULE = DRAFT_PAGE + "/schedule";

    static final ServiceStandIn subcommittee = ServiceStandIn.start()
            .resource("GET /api/subcommittees/plans/plan-sc-dx-literacy-2022", "activities/subcommittee/plan-dx-literacy-2022.json")
            .resource("GET " + DRAFT, "activities/subcommittee/plan-draft-2022.json")
            .answerWhen("PUT " + DRAFT + "/outline", "拒否される枠", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "framework[1].title", "must not be blank"))
            .answer("PUT " + DRAFT + "/outline", 200, "application/json", "{\"id\":\"plan-sc-data-use-2022\"}")
            .answerWhen("PUT " + DRAFT + "/schedule", "拒否される活動", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "schedule[1].months[0]", "must be a month from 1 to 12"))
            .answer("PUT " + DRAFT + "/schedule", 200, "application/json", "{\"id\":\"plan-sc-data-use-2022\"}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).subcommittee(subcommittee);
    }

    @Test
    void theSecretariatEditsADraftsThemePeriodBackgroundAndFramework() {
        Browser secretariat = administrator();
        assertThat(secretariat.page(DRAFT_PAGE)).contains("href=\"/dashboard/subcommittees/plans/plan-sc-data-use-2022/outline\"");
        String editor = secretariat.page(EDITOR);
        assertThat(element(editor, "form", "id=\"outline-form\"")).contains("value=\"行政手続きのオンライン化\"",
                "value=\"2022-04-01\"", "value=\"2023-03-31\"", "総務省より");
        assertThat(editor.split("class=\"section-row\"").length - 1).as("the plan's 2 sections and 2 empty ones").isEqualTo(4);
        assertThat(element(editor, "div", "data-row=\"1\"")).contains("value=\"共同研究会\"", "8月、11月、2月を想定");

        HttpResponse<String> saved = secretariat.post(EDITOR, form("自治体DXの推進", "2022-06-01", "2023-03-31",
                "  背景を改めました。  ", "事前調査", "先行事例を調査します。", "", "", "情報発信", "", "", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(DRAFT_PAGE);
        assertThat(subcommittee.seen("PUT", DRAFT + "/outline")).last().satisfies(put -> assertThat(put.body())
                .isEqualTo("{\"theme\":\"自治体DXの推進\",\"periodFrom\":\"2022-06-01\",\"periodTo\":\"2023-03-31\","
                        + "\"background\":\"背景を改めました。\",\"framework\":[{\"title\":\"事前調査\",\"text\":\"先行事例を調査します。\"},"
                        + "{\"title\":\"情報発信\",\"text\":null}]}"));
        assertThat(secretariat.page(DRAFT_PAGE)).contains("活動企画書の概要を保存しました");
    }

    @Test
    void badInputComesBackAtItsFieldAndNothingIsSent() {
        Browser secretariat = administrator();
        secretariat.page(EDITOR);
        int before = subcommittee.seen("PUT", DRAFT + "/outline").size();

        HttpResponse<String> refused = secretariat.post(EDITOR, form("", "2022-06-01", "2022-05-31", "背景",
                "事前調査", "本文", "", "見出しのない本文", "", "", "", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"theme\""))).isEqualTo("研究テーマを入力してください");
        assertThat(text(element(refused.body(), "span", "data-field=\"periodTo\""))).isEqualTo("終了日は開始日より後にしてください");
        assertThat(text(element(element(refused.body(), "div", "data-row=\"1\""), "span", "data-field=\"sections[1].title\"")))
                .isEqualTo("枠組みの見出しを入力してください");
        assertThat(element(refused.body(), "div", "data-row=\"1\"")).contains("見出しのない本文");
        assertThat(element(refused.body(), "div", "data-row=\"0\"")).doesNotContain("field-error");
        assertThat(subcommittee.seen("PUT", DRAFT + "/outline")).hasSize(before);
    }

    @Test
    void theServicesRefusalIsShownAtTheSectionItNames() {
        Browser secretariat = administrator();
        secretariat.page(EDITOR);

        HttpResponse<String> refused = secretariat.post(EDITOR, form("自治体DXの推進", "2022-04-01", "2023-03-31", "",
                "事前調査", "", "", "", "拒否される枠", "本文", "", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(element(refused.body(), "div", "data-row=\"2\""), "span", "data-field=\"sections[2].title\"")))
                .as("the service's framework[1] is the form's third row: the empty second is not sent")
                .isEqualTo("must not be blank");
    }

    @Test
    void onlyTheSecretariatEditsAndOnlyADraft() {
        Browser officer = SignedIn.staff(port, "officer-outline", "OFFICER");
        assertThat(officer.page(DRAFT_PAGE)).doesNotContain("id=\"edit-outline\"");
        assertThat(officer.get(EDITOR).statusCode()).isEqualTo(403);
        int before = subcommittee.seen().size();
        assertThat(officer.post(EDITOR, form("x", "2022-04-01", "2023-03-31", "", "", "", "", "", "", "", "", ""))
                .statusCode()).isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size())).isEmpty();

        Browser secretariat = administrator();
        assertThat(secretariat.page(SUBMITTED_PAGE)).doesNotContain("id=\"edit-outline\"");
        assertThat(secretariat.page(SUBMITTED_PAGE + "/outline")).contains("提出後の企画書の概要は編集できません")
                .doesNotContain("id=\"outline-form\"");
    }

    @Test
    void theSecretariatTicksTheMonthsOfADraftsActivities() {
        Browser secretariat = administrator();
        assertThat(secretariat.page(DRAFT_PAGE)).contains("href=\"/dashboard/subcommittees/plans/plan-sc-data-use-2022/schedule\"");
        String editor = secretariat.page(SCHEDULE);
        assertThat(editor.split("<tr data-row=").length - 1).as("the plan's 2 activities and 2 empty rows").isEqualTo(4);
        String meetings = element(editor, "tr", "data-row=\"0\"");
        assertThat(meetings).contains("value=\"検討部会\"", "value=\"Web形式\"");
        assertThat(ticked(meetings)).containsExactly("7", "9", "12", "3");
        assertThat(element(meetings, "option", "selected")).contains("value=\"MEETING\"");

        HttpResponse<String> saved = secretariat.post(SCHEDULE, List.of(
                Map.entry("rows[0].kind", "MEETING"), Map.entry("rows[0].title", " 検討部会 "), Map.entry("rows[0].format", ""),
                Map.entry("rows[0].months", "3"), Map.entry("rows[0].months", "7"), Map.entry("rows[0].months", "10"),
                Map.entry("rows[1].kind", "MEETING"), Map.entry("rows[1].title", ""), Map.entry("rows[1].format", ""),
                Map.entry("rows[2].kind", "OUTREACH"), Map.entry("rows[2].title", "メールマガジン寄稿"),
                Map.entry("rows[2].format", "寄稿"), Map.entry("rows[2].months", "1")));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(DRAFT_PAGE);
        assertThat(subcommittee.seen("PUT", DRAFT + "/schedule")).last().satisfies(put -> assertThat(put.body())
                .as("empty rows left out, the months April to March")
                .isEqualTo("{\"schedule\":[{\"kind\":\"MEETING\",\"title\":\"検討部会\",\"format\":null,\"months\":[7,10,3]},"
                        + "{\"kind\":\"OUTREACH\",\"title\":\"メールマガジン寄稿\",\"format\":\"寄稿\",\"months\":[1]}]}"));
        assertThat(secretariat.page(DRAFT_PAGE)).contains("活動予定を保存しました");
    }

    @Test
    void aScheduleRowWithoutItsActivityOrWithABadMonthComesBackAtItsCellAndNothingIsSent() {
        Browser secretariat = administrator();
        secretariat.page(SCHEDULE);
        int before = subcommittee.seen("PUT", DRAFT + "/schedule").size();

        HttpResponse<String> refused = secretariat.post(SCHEDULE, List.of(
                Map.entry("rows[0].kind", "MEETING"), Map.entry("rows[0].title", "検討部会"), Map.entry("rows[0].format", ""),
                Map.entry("rows[1].kind", "PARTY"), Map.entry("rows[1].title", ""), Map.entry("rows[1].format", "Web形式"),
                Map.entry("rows[1].months", "13")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"rows[1].title\""))).isEqualTo("活動名を入力してください");
        assertThat(text(element(refused.body(), "span", "data-field=\"rows[1].kind\""))).isEqualTo("種類を選択してください");
        assertThat(text(element(refused.body(), "span", "data-field=\"rows[1].months\""))).isEqualTo("月は4月～3月から選んでください");
        assertThat(element(refused.body(), "tr", "data-row=\"0\"")).doesNotContain("field-error");
        assertThat(subcommittee.seen("PUT", DRAFT + "/schedule")).hasSize(before);

        HttpResponse<String> service = secretariat.post(SCHEDULE, List.of(
                Map.entry("rows[0].kind", "MEETING"), Map.entry("rows[0].title", "検討部会"), Map.entry("rows[0].format", ""),
                Map.entry("rows[1].kind", "MEETING"), Map.entry("rows[1].title", ""), Map.entry("rows[1].format", ""),
                Map.entry("rows[2].kind", "EVENT"), Map.entry("rows[2].title", "拒否される活動"), Map.entry("rows[2].format", ""),
                Map.entry("rows[2].months", "4")));
        assertThat(service.statusCode()).isEqualTo(400);
        assertThat(text(element(service.body(), "span", "data-field=\"rows[2].months\"")))
                .as("the service's schedule[1] is the form's third row").isEqualTo("must be a month from 1 to 12");
    }

    @Test
    void onlyTheSecretariatEditsADraftsSchedule() {
        Browser officer = SignedIn.staff(port, "officer-schedule", "OFFICER");
        assertThat(officer.page(DRAFT_PAGE)).doesNotContain("id=\"edit-schedule\"");
        assertThat(officer.get(SCHEDULE).statusCode()).isEqualTo(403);
        int before = subcommittee.seen().size();
        assertThat(officer.post(SCHEDULE, List.of(Map.entry("rows[0].kind", "MEETING"), Map.entry("rows[0].title", "x")))
                .statusCode()).isEqualTo(403);
        assertThat(subcommittee.seen().subList(before, subcommittee.seen().size())).isEmpty();
        assertThat(administrator().page(SUBMITTED_PAGE + "/schedule")).contains("提出後の企画書の活動予定は編集できません")
                .doesNotContain("id=\"schedule-form\"");
    }

    /** The months ticked in a row of the schedule editor. */
    private static List<String> ticked(String row) {
        Matcher box = Pattern.compile("<input type=\"checkbox\"[^>]*value=\"(\\d+)\"[^>]*checked")
                .matcher(row);
        List<String> months = new ArrayList<>();
        while (box.find()) {
            months.add(box.group(1));
        }
        return months;
    }

    /** The editor's fields in the page's order: theme, period, background, then four sections' title and text. */
    private static List<Map.Entry<String, String>> form(String theme, String from, String to, String background,
                                                        String... sections) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("theme", theme),
                Map.entry("periodFrom", from), Map.entry("periodTo", to), Map.entry("background", background)));
        for (int i = 0; i < sections.length; i += 2) {
            fields.add(Map.entry("sectionTitle", sections[i]));
            fields.add(Map.entry("sectionText", sections[i + 1]));
        }
        return fields;
    }
}
