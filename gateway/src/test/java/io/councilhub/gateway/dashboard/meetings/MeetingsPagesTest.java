package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat finds the year's meetings, the annual calendar, and a meeting's people and decisions. */
class MeetingsPagesTest extends DashboardPageTest {

    static final String ASSEMBLY = "/api/meetings/m-2022-general-assembly";

    static final ServiceStandIn events = ServiceStandIn.start()
            .resource("GET /api/meetings?fiscalYear=2022", "activities/events/meetings-2022.json")
            .resource("GET /api/calendar/2022", "activities/events/calendar-2022.json")
            .answer("GET /api/calendar/2023", 503, "application/problem+json", "{\"status\":503}")
            .json("GET /api/meetings?fiscalYear=2023", "{\"fiscalYear\":2023,\"label\":\"令和5年度\",\"items\":[]}")
            .resource("GET " + ASSEMBLY, "activities/events/general-assembly.json")
            .resource("GET " + ASSEMBLY + "/registrations", "activities/events/registrations.json")
            .resource("GET " + ASSEMBLY + "/attendance", "activities/events/attendance.json")
            .resource("GET " + ASSEMBLY + "/agenda", "activities/events/agenda.json")
            .resource("PUT " + ASSEMBLY + "/registrations/r-1/attendance", "activities/events/registrations.json");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).events(events);
    }

    @Test
    void theYearsMeetingsAreListedAndTheActivityCalendarHasTheGeneralAssemblyInJuly() {
        String page = administrator().page("/dashboard/meetings?fy=2022");

        String assembly = text(element(page, "tr", "data-meeting=\"m-2022-general-assembly\""));
        assertThat(assembly).contains("令和4年7月15日 14:00", "通常総会", "令和4年度ちば地域DX推進協議会 通常総会", "web開催", "会員");
        assertThat(text(element(page, "tr", "data-meeting=\"m-2022-pitch-session\""))).contains("中止");
        assertThat(page).contains("令和4年度年間活動計画書");
        String generalAssemblyRow = element(page, "tr", "data-activity=\"GENERAL_ASSEMBLY\"");
        assertThat(text(element(generalAssemblyRow, "td", "data-month=\"2022-07\""))).isEqualTo("通常総会(web開催)");
        assertThat(text(element(generalAssemblyRow, "td", "data-month=\"2022-06\""))).isEmpty();
        assertThat(element(generalAssemblyRow, "td", "data-month=\"2022-07\""))
                .contains("href=\"/dashboard/meetings/m-2022-general-assembly\"");
        String lectures = element(page, "tr", "data-activity=\"LECTURES\"");
        assertThat(element(lectures, "td", "data-month=\"2022-08\"")).contains("class=\"planned\"").contains("ちばDXセミナー");
        assertThat(text(element(lectures, "td", "data-month=\"2022-11\""))).isEqualTo("ちばDXフォーラム");
        assertThat(events.seen("GET", "/api/calendar/2022")).allSatisfy(seen ->
                assertThat(SignedIn.relayed(seen.authorization()).getClaimAsStringList("roles")).contains("SECRETARIAT"));
    }

    @Test
    void aCalendarTheServiceCannotGiveShowsItsNoticeWhileTheMeetingListStillRenders() {
        String page = administrator().page("/dashboard/meetings?fy=2023");

        assertThat(text(element(page, "section", "id=\"calendar-panel\""))).contains("会議サービスに接続できません");
        assertThat(text(element(page, "section", "id=\"meetings-panel\""))).contains("この年度の会議はありません")
                .doesNotContain("接続できません");
    }

    @Test
    void aMeetingShowsItsRegistrationsAttendanceAndTheAgendaWithItsVoteResults() {
        String page = administrator().page("/dashboard/meetings/m-2022-general-assembly");

        assertThat(page).contains("<h1>令和4年度ちば地域DX推進協議会 通常総会</h1>");
        assertThat(text(element(page, "section", "id=\"registrations\""))).contains("登録 4件（確定 2件）");
        assertThat(text(element(page, "tr", "data-registration=\"r-1\""))).contains("市川 太郎", "市川市", "確定", "未記録", "出席にする");
        assertThat(text(element(page, "tr", "data-registration=\"r-2\""))).contains("習志野 花子", "出席").doesNotContain("出席にする");
        assertThat(text(element(page, "tr", "data-registration=\"r-3\""))).contains("キャンセル待ち", "(1)").doesNotContain("出席にする");
        assertThat(text(element(page, "section", "id=\"attendance-panel\""))).contains("受講者 1自治体・0団体、1名 講師・運営側 6名");
        assertThat(text(element(page, "tr", "data-item=\"m-2022-general-assembly-p7\"")))
                .isEqualTo("第7号議案 令和4年度収支予算の決定について 可決 可決 40 0 1 41 / 60 令和4年7月15日");
        assertThat(text(element(page, "tr", "data-item=\"m-2022-general-assembly-p6\""))).contains("第6号議案", "採決中", "回答 12／60");
        assertThat(text(element(page, "tr", "data-item=\"m-2022-general-assembly-r1\""))).contains("報告1", "幹事の委嘱について", "報告事項");
    }

    @Test
    void markingARegistrationAttendedReachesTheEventsService() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/m-2022-general-assembly");

        HttpResponse<String> marked = browser.post("/dashboard/meetings/m-2022-general-assembly/registrations/r-1/attendance",
                Map.of("attended", "true"));

        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(marked.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/meetings/m-2022-general-assembly#registrations");
        assertThat(events.seen("PUT", ASSEMBLY + "/registrations/r-1/attendance")).singleElement().satisfies(put -> {
            assertThat(put.body()).isEqualTo("{\"attended\":true}");
            assertThat(SignedIn.relayed(put.authorization()).getSubject()).isEqualTo(SignedIn.ADMIN);
        });
        assertThat(browser.page("/dashboard/meetings/m-2022-general-assembly")).contains("出欠を記録しました");
    }

    @Test
    void theMeetingsPagesReadInEnglish() {
        Browser browser = administrator();
        String page = browser.page("/dashboard/meetings?fy=2022&lang=en");

        assertThat(text(element(page, "tr", "data-meeting=\"m-2022-general-assembly\""))).contains("General assembly", "Online", "Members");
        assertThat(page).contains(">Jul</th>");
        assertThat(text(element(browser.page("/dashboard/meetings/m-2022-general-assembly"), "tr",
                "data-item=\"m-2022-general-assembly-p7\""))).startsWith("Proposal 7").contains("Approved", "15 Jul 2022");
    }
}
