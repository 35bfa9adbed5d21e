package io.councilhub.gateway.dashboard.overview;

import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static io.councilhub.gateway.dashboard.Pages.section;
import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview of FY2022 gathers every service's figures into one page. */
class OverviewPageTest extends DashboardPageTest {

    static final String OPEN_BUDGET = "/api/proposals/m-2022-general-assembly-p7";

    static final ServiceStandIn membership = ServiceStandIn.start()
            .resource("GET /api/members/counts?fiscalYear=2022", "membership/counts-2022.json")
            .answer("GET /api/members/m-ichikawa", 200, "application/json", "{\"id\":\"m-ichikawa\",\"status\":\"ACTIVE\"}")
            .answer("GET /api/members/m-chiba", 200, "application/json", "{\"id\":\"m-chiba\",\"status\":\"ACTIVE\"}")
            .answer("GET /api/members/m-narashino", 200, "application/json", "{\"id\":\"m-narashino\",\"status\":\"ACTIVE\"}")
            .answer("GET /api/members/m-kisarazu", 200, "application/json", "{\"id\":\"m-kisarazu\",\"status\":\"ACTIVE\"}");
    static final ServiceStandIn finance = ServiceStandIn.start()
            .resource("GET /api/finance/fiscal-years/2022/dues-roll", "finance/dues-roll-2022.json")
            .resource("GET /api/finance/fiscal-years/2022/dues-forecast", "finance/dues-forecast-2022.json")
            .resource("GET /api/finance/fiscal-years/2022/ledger", "finance/ledger-2022.json");
    static final ServiceStandIn events = ServiceStandIn.start()
            .resource("GET /api/meetings?fiscalYear=2022", "events/meetings-2022.json")
            .resource("GET /api/meetings/m-2022-general-assembly/agenda", "events/agenda-general-assembly.json")
            .resource("GET /api/meetings/m-2022-seminar-1/agenda", "events/agenda-empty.json")
            .resource("GET " + OPEN_BUDGET, "events/proposal-budget-open.json");
    static final ServiceStandIn notification = ServiceStandIn.start()
            .resource("GET /api/newsletters", "notification/newsletters.json")
            .resource("GET /api/newsletters/mezase-it/issues", "notification/issues.json")
            .resource("GET /api/newsletters/mezase-it/issues/80/delivery", "notification/delivery-80.json");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).membership(membership).finance(finance).events(events).notification(notification);
    }

    @Test
    void theFiscalYear2022OverviewShowsMembersDuesBudgetMeetingsProposalsAndTheLatestNewsletter() {
        String page = administrator().page("/dashboard?fy=2022");

        assertThat(section(page, "members-panel")).contains("市町村", ">54<", ">80<", ">79<");
        assertThat(section(page, "dues-panel"))
                .contains("<dd class=\"invoiced\">494,100円</dd>", "<dd class=\"paid\">405,000円</dd>",
                        "<dd class=\"outstanding\">89,100円</dd>", "<dd class=\"forecast\">494,100円</dd>", "82%");
        assertThat(section(page, "budget-panel")).contains("938,158", "833,054", "232,600", "会議費", "385,200", "50%");
        assertThat(section(page, "meetings-panel")).contains("令和4年度 通常総会", "令和4年5月27日 14:00", "ちばDXセミナー")
                .doesNotContain("臨時幹事会");
        assertThat(section(page, "proposals-panel")).contains("第7号議案", "令和4年度収支予算(案)について", "回答 12 / 80")
                .doesNotContain("第6号議案");
        assertThat(section(page, "newsletter-panel")).contains("めざせIT 第80号", "地域DXの現場から",
                "<dd class=\"recipients\">1,240</dd>", "<dd class=\"sent\">1,231</dd>", "<dd class=\"failed\">2</dd>");
        assertThat(section(page, "dead-letters-panel")).contains("hx-get=\"/dashboard/operations/dead-letters/summary\"");
        assertThat(page).doesNotContain("接続できません");
    }

    @Test
    void everyServiceIsCalledAsTheSignedInUser() {
        Map<ServiceStandIn, Integer> before = Map.of(finance, finance.seen().size(), events, events.seen().size(),
                notification, notification.seen().size());
        administrator().page("/dashboard?fy=2022");

        before.forEach((service, from) -> assertThat(service.seen().subList(from, service.seen().size()))
                .isNotEmpty().allSatisfy(seen -> assertThat(SignedIn.relayed(seen.authorization())
                        .getClaimAsStringList("roles")).contains("SECRETARIAT")));
        assertThat(events.seen("GET", "/api/meetings/m-2022-general-assembly/agenda")).isNotEmpty();
        assertThat(notification.seen("GET", "/api/newsletters/mezase-it/issues/80/delivery")).isNotEmpty();
    }

    @Test
    void theOverviewReadsInEnglish() {
        String page = administrator().page("/dashboard?fy=2022&lang=en");

        assertThat(page).contains("Members by category", "Invoiced", "Budget execution", "Proposals open for votes",
                "Latest newsletter delivery", "27 May 2022 14:00");
    }

    @Test
    void anOfficerSeesTheOpenProposalsThatAwaitItsOrganisationsAnswer() {
        String page = SignedIn.officer(port, "overview-ichikawa", "m-ichikawa").page("/dashboard?fy=2022");

        String proposals = section(page, "proposals-panel");
        assertThat(text(element(proposals, "p", "id=\"own-awaiting\""))).isEqualTo("市川市の回答待ち: 1件");
        assertThat(text(element(proposals, "a", "class=\"own-answer awaiting\""))).isEqualTo("未回答: 回答する");
        assertThat(proposals).contains("href=\"/dashboard/meetings/proposals/m-2022-general-assembly-p7#own-vote\"");
        assertThat(events.seen("GET", OPEN_BUDGET)).last().satisfies(seen ->
                assertThat(SignedIn.relayed(seen.authorization()).getClaimAsString("member_id")).isEqualTo("m-ichikawa"));
    }

    @Test
    void anOfficerWhoseOrganisationHasAnsweredSeesItsAnswerAndNothingAwaiting() {
        String page = SignedIn.officer(port, "overview-chiba", "m-chiba").page("/dashboard?fy=2022&lang=en");

        String proposals = section(page, "proposals-panel");
        assertThat(text(element(proposals, "span", "class=\"own-answer\""))).isEqualTo("answered: For");
        assertThat(proposals).doesNotContain("id=\"own-awaiting\"", "awaiting");
    }

    @Test
    void anOfficerWhoseOrganisationGaveItsVoteByProxyIsNotAskedAgain() {
        String page = SignedIn.officer(port, "overview-narashino", "m-narashino").page("/dashboard?fy=2022");

        String proposals = section(page, "proposals-panel");
        assertThat(text(element(proposals, "span", "class=\"own-answer\""))).isEqualTo("委任済み（委任状）");
        assertThat(proposals).doesNotContain("id=\"own-awaiting\"", "回答する");
    }

    @Test
    void whoDoesNotVoteOnAProposalSeesNoAnswerOnIt() {
        String officerPage = SignedIn.officer(port, "overview-kisarazu", "m-kisarazu").page("/dashboard?fy=2022");
        int read = events.seen("GET", OPEN_BUDGET).size();
        String secretariatPage = administrator().page("/dashboard?fy=2022");

        for (String page : List.of(officerPage, secretariatPage)) {
            assertThat(section(page, "proposals-panel")).contains("第7号議案").doesNotContain("own-answer", "own-awaiting");
        }
        assertThat(events.seen("GET", OPEN_BUDGET)).as("the secretariat answers for no organisation").hasSize(read);
    }
}
