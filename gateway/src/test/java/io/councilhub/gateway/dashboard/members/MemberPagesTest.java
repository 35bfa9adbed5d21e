package io.councilhub.gateway.dashboard.members;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.councilhub.gateway.dashboard.Pages.section;
import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat searches, admits, withdraws and imports members, and reads contacts and the officer roster. */
class MemberPagesTest extends DashboardPageTest {

    static final String ICHIKAWA = """
            {"id":"m-ichikawa","name":"市川市","nameKana":"いちかわし","formerNames":[],"category":"MUNICIPALITY",
             "localGovernmentCode":"122033","address":"千葉県市川市八幡1-1-1","status":"ACTIVE","admittedOn":"2003-04-01",
             "withdrawnOn":null,"withdrawalReason":null,"previousMembershipId":null}""";
    static final String ICHIKAWA_WITHDRAWN = ICHIKAWA.replace("\"ACTIVE\"", "\"WITHDRAWN\"")
            .replace("\"withdrawnOn\":null,\"withdrawalReason\":null", "\"withdrawnOn\":\"2022-09-30\",\"withdrawalReason\":\"事業の終了\"");
    static final String NEW_COMPANY = """
            {"id":"m-new-co","name":"株式会社みらいデジタル","nameKana":"みらいでじたる","formerNames":[],"category":"COMPANY",
             "localGovernmentCode":null,"address":null,"status":"ACTIVE","admittedOn":"2022-09-15","withdrawnOn":null,
             "withdrawalReason":null,"previousMembershipId":null}""";

    static final ServiceStandIn membership = ServiceStandIn.start()
            .json("GET /api/members?page=0&size=50&q=市川", "{\"items\":[" + ICHIKAWA + "],\"total\":1,\"page\":0,\"size\":50}")
            .json("GET /api/members/m-ichikawa", ICHIKAWA)
            .json("GET /api/members/m-ichikawa/contacts", """
                    {"memberId":"m-ichikawa","memberName":"市川市","memberStatus":"ACTIVE","readOnly":false,"version":3,
                     "contacts":[{"id":"c-1","name":"市川 花子","department":"情報政策課","title":"主査",
                      "email":"hanako@city.ichikawa.example.jp","phone":"047-334-1111","roles":["PRIMARY","BILLING"]}]}""")
            .json("GET /api/members/m-new-co", NEW_COMPANY)
            .json("GET /api/members/m-new-co/contacts", """
                    {"memberId":"m-new-co","memberName":"株式会社みらいデジタル","memberStatus":"ACTIVE","readOnly":false,
                     "version":0,"contacts":[]}""")
            .answerWhen("POST /api/members", "\"admittedOn\":null", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "admittedOn", "must not be null"))
            .answer("POST /api/members", 201, "application/json", NEW_COMPANY)
            .answerWhen("POST /api/members/m-ichikawa/withdrawal", "\"withdrawnOn\":\"2001-01-01\"", 400,
                    "application/problem+json", ServiceStandIn.problemJson(400, "withdrawnOn", "must not be before the admission (2003-04-01)"))
            .answer("POST /api/members/m-ichikawa/withdrawal", 200, "application/json", ICHIKAWA_WITHDRAWN)
            .json("POST /api/members/import?dryRun=true", """
                    {"dryRun":true,"applied":false,"summary":{"rows":2,"created":1,"updated":1,"unchanged":0,"rejected":0},
                     "rows":[{"row":2,"outcome":"CREATED","memberId":null,"name":"睦沢町","changes":[],"errors":[]},
                             {"row":3,"outcome":"UPDATED","memberId":"m-ichikawa","name":"市川市",
                              "changes":[{"field":"address","from":"千葉県市川市八幡1-1-1","to":"千葉県市川市八幡1-1-2"}],"errors":[]}]}""")
            .json("POST /api/members/import?dryRun=false", """
                    {"dryRun":false,"applied":true,"summary":{"rows":2,"created":1,"updated":1,"unchanged":0,"rejected":0},
                     "rows":[{"row":2,"outcome":"CREATED","memberId":"m-mutsuzawa","name":"睦沢町","changes":[],"errors":[]},
                             {"row":3,"outcome":"UPDATED","memberId":"m-ichikawa","name":"市川市","changes":[],"errors":[]}]}""")
            .json("GET /api/officer-rosters/2022", """
                    {"id":"roster-2022","fiscalYear":2022,"label":"令和4年度","status":"ADOPTED","statusLabel":"決定",
                     "basedOn":"roster-2021","adoptedOn":"2022-05-27","adoptedOnLabel":"令和4年5月27日","adoptedByProposal":null,
                     "withdrawnMemberEntries":0,"entries":[
                      {"id":"e-1","role":"PRESIDENT","roleLabel":"会長","memberId":"m-chiba-pref","organisation":"千葉県",
                       "department":"総合企画部","title":"部長","personName":"千葉 太郎","reason":"REAPPOINTED","reasonLabel":"留任",
                       "reasonOverridden":false,"memberWithdrawn":false},
                      {"id":"e-2","role":"OFFICER","roleLabel":"幹事","memberId":"m-ichikawa","organisation":"市川市",
                       "department":"情報政策課","title":"課長","personName":"市川 次郎","reason":"REPLACED_BY_TRANSFER",
                       "reasonLabel":"人事異動に伴う交代","reasonOverridden":false,"memberWithdrawn":false}]}""");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).membership(membership);
    }

    @Test
    void searchingByPartOfTheNameListsTheMatchingMembers() {
        String page = administrator().page("/dashboard/members?q=市川");

        assertThat(section(page, "members-result")).contains("1件", "市川市", "いちかわし", "市町村", "平成15年4月1日", "在籍");
        assertThat(membership.seen("GET", "/api/members?")).anySatisfy(seen ->
                assertThat(seen.pathAndQuery()).isEqualTo("/api/members?page=0&size=50&q=市川"));
    }

    @Test
    void aMembersPageShowsItsRecordAndContacts() {
        String page = administrator().page("/dashboard/members/m-ichikawa");

        assertThat(section(page, "member-record")).contains("いちかわし", "122033", "平成15年4月1日");
        assertThat(section(page, "contacts-panel")).contains("市川 花子", "情報政策課 主査", "hanako@city.ichikawa.example.jp",
                "047-334-1111", "主担当", "請求担当");
    }

    @Test
    void admittingAMemberSendsTheFormToMembershipAndOpensTheNewMember() {
        Browser browser = administrator();
        browser.page("/dashboard/members/new");

        HttpResponse<String> admitted = browser.post("/dashboard/members", Map.of("name", "株式会社みらいデジタル",
                "nameKana", "みらいでじたる", "category", "COMPANY", "admittedOn", "2022-09-15", "localGovernmentCode", "",
                "address", ""));

        assertThat(admitted.statusCode()).isEqualTo(302);
        assertThat(admitted.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/members/m-new-co");
        assertThat(membership.seen("POST", "/api/members")).anySatisfy(seen -> assertThat(seen.body())
                .contains("\"name\":\"株式会社みらいデジタル\"", "\"category\":\"COMPANY\"", "\"admittedOn\":\"2022-09-15\"",
                        "\"localGovernmentCode\":null"));
        assertThat(browser.page("/dashboard/members/m-new-co")).contains("入会を登録しました", "株式会社みらいデジタル");
    }

    @Test
    void aRefusedAdmissionShowsTheServicesMessageNextToTheFieldAndKeepsWhatWasTyped() {
        Browser browser = administrator();
        browser.page("/dashboard/members/new");

        HttpResponse<String> refused = browser.post("/dashboard/members", Map.of("name", "株式会社みらいデジタル",
                "category", "COMPANY", "admittedOn", ""));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("<span class=\"field-error\" data-field=\"admittedOn\">must not be null</span>")
                .contains("value=\"株式会社みらいデジタル\"");
    }

    @Test
    void withdrawingAMemberRecordsTheDateAndReason() {
        Browser browser = administrator();
        browser.page("/dashboard/members/m-ichikawa");

        HttpResponse<String> withdrawn = browser.post("/dashboard/members/m-ichikawa/withdrawal",
                Map.of("withdrawnOn", "2022-09-30", "reason", "事業の終了"));

        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(membership.seen("POST", "/api/members/m-ichikawa/withdrawal")).anySatisfy(seen ->
                assertThat(seen.body()).isEqualTo("{\"withdrawnOn\":\"2022-09-30\",\"reason\":\"事業の終了\"}"));
    }

    @Test
    void aWithdrawalBeforeTheAdmissionIsRefusedNextToTheDate() {
        Browser browser = administrator();
        browser.page("/dashboard/members/m-ichikawa");

        HttpResponse<String> refused = browser.post("/dashboard/members/m-ichikawa/withdrawal",
                Map.of("withdrawnOn", "2001-01-01", "reason", "事業の終了"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(section(refused.body(), "withdrawal-panel"))
                .contains("<span class=\"field-error\" data-field=\"withdrawnOn\">must not be before the admission (2003-04-01)</span>")
                .contains("value=\"2001-01-01\"");
    }

    @Test
    void importingTheRollShowsTheDryRunFirstAndAppliesTheSameFileOnConfirmation() {
        Browser browser = administrator();
        browser.page("/dashboard/members/import");
        byte[] csv = "名称,ふりがな,区分,入会日\n睦沢町,むつざわまち,市町村,2022-10-01\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> plan = browser.upload("/dashboard/members/import", Map.of(), "file", "roll.csv",
                "application/vnd.ms-excel", csv);

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(section(plan.body(), "import-report")).contains("roll.csv の取り込み内容 (試行", "睦沢町", "新規", "更新",
                "address: 千葉県市川市八幡1-1-1 → 千葉県市川市八幡1-1-2", "この内容で取り込む");
        assertThat(membership.seen("POST", "/api/members/import?dryRun=false")).isEmpty();

        HttpResponse<String> applied = browser.post("/dashboard/members/import/confirm", Map.of());

        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(section(applied.body(), "import-report")).contains("roll.csv を取り込みました").doesNotContain("この内容で取り込む");
        assertThat(membership.seen("POST", "/api/members/import?dryRun=true")).singleElement().satisfies(seen -> {
            assertThat(seen.contentType()).isEqualTo("text/csv");
            assertThat(seen.body()).isEqualTo(new String(csv, StandardCharsets.UTF_8));
        });
        assertThat(membership.seen("POST", "/api/members/import?dryRun=false")).singleElement()
                .satisfies(seen -> assertThat(seen.body()).isEqualTo(new String(csv, StandardCharsets.UTF_8)));
    }

    @Test
    void theOfficerRosterOfTheSelectedYearListsRolesAndChangeReasons() {
        String page = administrator().page("/dashboard/members/officers?fy=2022");

        assertThat(section(page, "roster-panel")).contains("決定", "令和4年5月27日決定", "会長", "千葉県 総合企画部 部長",
                "千葉 太郎", "留任", "幹事", "人事異動に伴う交代");
    }
}
