package io.councilhub.gateway.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every dashboard page shares one frame: header, sections, fiscal-year selector, language switch, htmx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "councilhub.dashboard.default-fiscal-year=2023")
class DashboardFrameworkTest extends DashboardPageTest {

    static final ServiceStandIn membership = ServiceStandIn.start()
            .resource("GET /api/members/counts?fiscalYear=2022", "membership/counts-2022.json")
            .resource("GET /api/members/counts?fiscalYear=2023", "membership/counts-2022.json");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).membership(membership);
    }

    @Test
    void theOverviewShowsTheCouncilTheSectionsAndTheYearSelectorInJapanese() {
        String page = administrator().page("/");

        assertThat(page).contains("ちば地域DX推進協議会")
                .contains("href=\"/dashboard/members\"", "href=\"/dashboard/finance\"", "href=\"/dashboard/meetings\"",
                        "href=\"/dashboard/subcommittees\"", "href=\"/dashboard/newsletters\"",
                        "href=\"/dashboard/operations\"", "href=\"/dashboard/admin/users\"")
                .contains("会員", "財務", "会議", "部会", "メールマガジン", "運用")
                .containsPattern("<option value=\"2023\" selected=\"selected\">令和5年度 \\(2023\\)</option>")
                .contains("<option value=\"2019\">令和元年度 (2019)</option>")
                .containsPattern("<script src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"");
    }

    @Test
    void aChosenFiscalYearIsKeptForTheNextPages() {
        Browser browser = administrator();

        assertThat(browser.page("/dashboard?fy=2022")).contains("概要 令和4年度 (2022)");
        assertThat(browser.page("/dashboard")).contains("概要 令和4年度 (2022)")
                .containsPattern("<option value=\"2022\" selected=\"selected\">");
        assertThat(membership.seen("GET", "/api/members/counts?fiscalYear=2022")).isNotEmpty()
                .allSatisfy(seen -> assertThat(SignedIn.relayed(seen.authorization()).getClaimAsStringList("roles")).contains("SECRETARIAT"));
    }

    @Test
    void englishIsOneClickAwayAndStays() {
        Browser browser = administrator();

        assertThat(browser.page("/dashboard?lang=en")).contains("Overview", "Members", "Finance", "Newsletters")
                .contains("lang=\"en\"");
        assertThat(browser.page("/dashboard")).contains("Members by category", "Municipality");
        assertThat(browser.page("/dashboard?lang=ja")).contains("区分別会員数", "市町村");
    }

    @Test
    void aVisitorWhoHasNotSignedInIsSentToTheLoginPageAndASignedInOneCanLogOut() {
        HttpResponse<String> anonymous = new Browser(port).get("/dashboard");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(administrator().page("/dashboard"))
                .containsPattern("<form class=\"logout\" method=\"post\" action=\"/logout\">")
                .contains("<span class=\"user\">admin</span>", "name=\"_csrf\"");
    }

    @Test
    void htmxIsServedFromItsWebjar() {
        HttpResponse<String> htmx = new Browser(port).get("/webjars/htmx.org/dist/htmx.min.js");

        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
        assertThat(new Browser(port).get("/css/dashboard.css").statusCode()).isEqualTo(200);
    }
}
