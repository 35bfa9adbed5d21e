package io.councilhub.gateway.portal;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.councilhub.gateway.dashboard.Pages.section;
import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member organisation's contact person signs in and gets its own page, not a 403: the organisation, its contacts
 * (which it maintains itself), its dues invoices and its meeting registrations, each read as that user from the
 * service that owns it, and never another organisation's. Opening the staff dashboard gives a page saying so, in
 * Japanese and English, with the way back to the portal.
 */
class MemberPortalTest extends DashboardPageTest {

    static final AtomicInteger users = new AtomicInteger();

    static final String ICHIKAWA = """
            {"id":"m-ichikawa","name":"市川市","nameKana":"いちかわし","formerNames":[],"category":"MUNICIPALITY",
             "localGovernmentCode":"122033","address":"千葉県市川市八幡1-1-1","status":"ACTIVE","admittedOn":"2003-04-01",
             "withdrawnOn":null,"withdrawalReason":null,"previousMembershipId":null}""";
    static final String CONTACTS = """
            {"memberId":"m-ichikawa","memberName":"市川市","memberStatus":"ACTIVE","readOnly":false,"version":3,
             "contacts":[{"id":"c-1","name":"市川 花子","department":"情報政策課","title":"主査",
              "email":"hanako@city.ichikawa.example.jp","phone":"047-334-1111","roles":["PRIMARY","BILLING"]}]}""";
    static final String CONTACT = """
            {"id":"c-2","name":"市川 一郎","department":"情報政策課","title":null,"email":"ichiro@city.ichikawa.example.jp",
             "phone":null,"roles":["NEWSLETTER"]}""";

    static final ServiceStandIn membership = ServiceStandIn.start()
            .json("GET /api/members/m-ichikawa", ICHIKAWA)
            .json("GET /api/members?status=ACTIVE&page=0&size=200", "{\"items\":[" + ICHIKAWA + "],\"total\":1,\"page\":0,\"size\":200}")
            .json("GET /api/members/m-ichikawa/contacts", CONTACTS)
            .answerWhen("POST /api/members/m-ichikawa/contacts", "not-an-address", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "email", "is not an e-mail address"))
            .answer("POST /api/members/m-ichikawa/contacts", 201, "application/json", CONTACT);
    static final ServiceStandIn finance = ServiceStandIn.start()
            .json("GET /api/finance/members/m-ichikawa/invoices", """
                    [{"id":"inv-2021","memberId":"m-ichikawa","memberName":"市川市","fiscalYear":2021,"label":"令和3年度",
                      "category":"MUNICIPALITY","rateYen":50000,"amountYen":50000,"amount":"50,000円","basis":"FULL_YEAR",
                      "months":12,"issuedOn":"2021-05-10","dueOn":"2021-06-30","paidYen":50000,"paid":"50,000円",
                      "cancelledYen":0,"outstandingYen":0,"outstanding":"0円","status":"SETTLED","duesStatus":"PAID",
                      "statusLabel":"完納","cancelledOn":null,"payments":[]},
                     {"id":"inv-2022","memberId":"m-ichikawa","memberName":"市川市","fiscalYear":2022,"label":"令和4年度",
                      "category":"MUNICIPALITY","rateYen":50000,"amountYen":50000,"amount":"50,000円","basis":"FULL_YEAR",
                      "months":12,"issuedOn":"2022-05-10","dueOn":"2022-06-30","paidYen":20000,"paid":"20,000円",
                      "cancelledYen":0,"outstandingYen":30000,"outstanding":"30,000円","status":"OPEN",
                      "duesStatus":"PARTLY_PAID","statusLabel":"一部入金","cancelledOn":null,"payments":[]}]""");
    static final int THIS_YEAR = FiscalYear.containing(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();

    static final ServiceStandIn events = ServiceStandIn.start()
            .json("GET /api/registrations", """
                    {"memberId":"m-ichikawa","items":[{"id":"r-1","meetingId":"mt-ga-2022","meetingTitle":"令和4年度 通常総会",
                      "startsAt":"2022-05-27T14:00:00+09:00","status":"CONFIRMED","waitlistPosition":0,"memberId":"m-ichikawa",
                      "name":"市川 花子","organisation":"市川市","organisationKind":"MUNICIPALITY","email":"hanako@city.ichikawa.example.jp",
                      "observer":false,"registeredAt":"2022-05-01T10:00:00+09:00","cancellationReason":null,"attended":true,
                      "joinUrl":null},
                     {"id":"r-7","meetingId":"mt-seminar-2099","meetingTitle":"DX推進セミナー","startsAt":"2099-11-10T13:30:00+09:00",
                      "status":"WAITLISTED","waitlistPosition":2,"memberId":"m-ichikawa","name":"市川 一郎","observer":false,
                      "attended":null},
                     {"id":"r-8","meetingId":"mt-seminar-2099","meetingTitle":"DX推進セミナー","startsAt":"2099-11-10T13:30:00+09:00",
                      "status":"CANCELLED","waitlistPosition":0,"memberId":"m-ichikawa","name":"市川 次郎","observer":false,
                      "attended":null}]}""")
            .answer("POST /api/meetings/mt-seminar-2099/registrations/r-7/cancellation", 200, "application/json",
                    "{\"id\":\"r-7\",\"status\":\"CANCELLED\"}")
            .answer("POST /api/meetings/mt-seminar-2099/registrations/r-9/cancellation", 404, "application/problem+json",
                    "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"no registration r-9\"}")
            .json("GET /api/meetings?fiscalYear=" + THIS_YEAR, """
                    {"items":[{"id":"mt-written-assembly","kind":"GENERAL_ASSEMBLY","title":"通常総会（書面開催）","status":"SCHEDULED"},
                              {"id":"mt-seminar-2099","kind":"SEMINAR","title":"DX推進セミナー","status":"SCHEDULED"},
                              {"id":"mt-cancelled","kind":"EXECUTIVE_COMMITTEE","title":"幹事会","status":"CANCELLED"},
                              {"id":"mt-assembly","kind":"GENERAL_ASSEMBLY","title":"通常総会（オンライン）","status":"SCHEDULED"}]}""")
            .json("GET /api/meetings/mt-assembly/agenda", """
                    {"items":[{"id":"p-online","type":"PROPOSAL","status":"OPEN"},{"id":"p-given","type":"PROPOSAL","status":"OPEN"},
                              {"id":"p-delegated","type":"PROPOSAL","status":"OPEN"}]}""")
            .json("GET /api/proposals/p-online", inPerson("p-online", "第4号議案", "会費の改定について", "[]"))
            .json("GET /api/proposals/p-given", inPerson("p-given", "第5号議案", "規約の改正について",
                    "[{\"voter\":\"m-ichikawa\",\"choice\":null,\"delegate\":\"CHAIR\"}]"))
            .json("GET /api/proposals/p-delegated", inPerson("p-delegated", "第6号議案", "役員の補充について",
                    "[{\"voter\":\"m-ichikawa\",\"choice\":null,\"delegate\":\"m-funabashi\"}]"))
            .answer("POST /api/proposals/p-online/proxies", 201, "application/json",
                    "{\"voter\":\"m-ichikawa\",\"choice\":null,\"delegate\":\"CHAIR\"}")
            .answer("POST /api/proposals/p-given/proxies", 409, "application/problem+json",
                    "{\"status\":409,\"title\":\"already-voted\",\"detail\":\"市川市 has already answered 第5号議案\"}")
            .json("GET /api/meetings/mt-written-assembly/agenda", """
                    {"items":[{"id":"p-plan","type":"PROPOSAL","status":"OPEN"},{"id":"p-budget","type":"PROPOSAL","status":"OPEN"},
                              {"id":"p-board","type":"PROPOSAL","status":"OPEN"},{"id":"p-done","type":"PROPOSAL","status":"APPROVED"},
                              {"id":"r-1","type":"REPORT","status":null}]}""")
            .json("GET /api/proposals/p-plan", proposal("p-plan", "第1号議案", "事業計画について", "[]"))
            .json("GET /api/proposals/p-budget", proposal("p-budget", "第2号議案", "収支予算について",
                    "[{\"voter\":\"m-ichikawa\",\"choice\":\"FOR\"}]"))
            .json("GET /api/proposals/p-board", """
                    {"id":"p-board","heading":"第3号議案","title":"役員の選任について","status":"OPEN","written":true,
                     "voters":[{"memberId":"m-funabashi","name":"船橋市"}],"ballots":[]}""")
            .answer("POST /api/proposals/p-plan/votes", 201, "application/json", "{\"voter\":\"m-ichikawa\",\"choice\":\"AGAINST\"}")
            .answer("PUT /api/proposals/p-budget/votes/m-ichikawa", 200, "application/json", "{\"voter\":\"m-ichikawa\"}")
            .answer("POST /api/proposals/p-board/votes", 409, "application/problem+json",
                    "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"m-ichikawa is not a voter on 第3号議案\"}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).membership(membership).finance(finance).events(events);
    }

    /** A proposal of a meeting held in person or online (not in writing), where a voter may give a proxy. */
    private static String inPerson(String id, String heading, String title, String ballots) {
        return proposal(id, heading, title, ballots).replace("\"meetingId\":\"mt-written-assembly\"", "\"meetingId\":\"mt-assembly\"")
                .replace("\"written\":true,\"responseDeadline\":\"2099-05-27T17:00:00+09:00\"", "\"written\":false");
    }

    /** An open proposal with the organisation among its voters and these ballots. */
    private static String proposal(String id, String heading, String title, String ballots) {
        return ("{\"id\":\"%s\",\"meetingId\":\"mt-written-assembly\",\"heading\":\"%s\",\"title\":\"%s\","
                + "\"status\":\"OPEN\",\"written\":true,\"responseDeadline\":\"2099-05-27T17:00:00+09:00\","
                + "\"voters\":[{\"memberId\":\"m-ichikawa\",\"name\":\"市川市\"},{\"memberId\":\"m-funabashi\","
                + "\"name\":\"船橋市\"}],\"ballots\":%s}").formatted(id, heading, title, ballots);
    }

    /** The table row of one registration. */
    private static String row(String html, String registrationId) {
        int start = html.indexOf("data-registration=\"" + registrationId + "\"");
        assertThat(start).as("row " + registrationId).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static String newUsername() {
        return "ichikawa-" + users.incrementAndGet();
    }

    @Test
    void aMemberUsersLoginLandsOnThePortalAndStaffStillLandOnTheDashboard() {
        String username = newUsername();
        member(username, "m-ichikawa");

        Browser browser = new Browser(port);
        browser.get("/login");
        HttpResponse<String> login = browser.post("/login", Map.of("username", username, "password", SignedIn.MEMBER_PASSWORD));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/portal");

        Browser admin = new Browser(port);
        admin.get("/login");
        HttpResponse<String> staff = admin.post("/login", Map.of("username", SignedIn.ADMIN, "password", SignedIn.PASSWORD));
        assertThat(staff.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
    }

    @Test
    void thePortalShowsTheMembersOwnOrganisationContactsInvoicesAndRegistrations() {
        String username = newUsername();
        String page = member(username, "m-ichikawa").page("/portal");

        assertThat(section(page, "portal-organisation")).contains("市川市", "いちかわし", "市町村", "在籍", "平成15年4月1日");
        assertThat(section(page, "portal-contacts")).contains("市川 花子", "情報政策課 主査", "hanako@city.ichikawa.example.jp",
                "主担当", "請求担当", "add-contact-form");
        assertThat(section(page, "portal-invoices")).contains("令和4年度", "50,000円", "20,000円", "30,000円", "一部入金",
                "令和3年度", "完納", "令和4年6月30日");
        assertThat(section(page, "portal-invoices").indexOf("令和4年度")).as("newest year first")
                .isLessThan(section(page, "portal-invoices").indexOf("令和3年度"));
        assertThat(section(page, "portal-registrations")).contains("令和4年度 通常総会", "令和4年5月27日 14:00", "市川 花子", "確定", "出席");
        // the staff sections are not offered to a member
        assertThat(page).doesNotContain("href=\"/dashboard/members\"", "href=\"/dashboard/finance\"").contains("href=\"/portal\"");

        // every call the portal made went as this member user, about its own organisation only
        List<ServiceStandIn.Seen> asMember = new java.util.ArrayList<>();
        for (ServiceStandIn service : List.of(membership, finance, events)) {
            service.seen().stream().filter(seen -> seen.authorization() != null
                    && username.equals(SignedIn.relayed(seen.authorization()).getSubject())).forEach(asMember::add);
        }
        assertThat(asMember).extracting(ServiceStandIn.Seen::pathAndQuery).containsExactlyInAnyOrder(
                "/api/members/m-ichikawa", "/api/members/m-ichikawa/contacts", "/api/finance/members/m-ichikawa/invoices",
                "/api/registrations", "/api/meetings?fiscalYear=" + THIS_YEAR, "/api/meetings/mt-written-assembly/agenda",
                "/api/proposals/p-plan", "/api/proposals/p-budget", "/api/proposals/p-board",
                "/api/meetings/mt-assembly/agenda", "/api/proposals/p-online", "/api/proposals/p-given",
                "/api/proposals/p-delegated");
        Jwt token = SignedIn.relayed(asMember.get(0).authorization());
        assertThat(token.getClaimAsStringList("roles")).containsExactly("MEMBER");
        assertThat(token.getClaimAsString("member_id")).isEqualTo("m-ichikawa");
    }

    @Test
    void thePortalSpeaksEnglishOnRequest() {
        String page = member(newUsername(), "m-ichikawa").page("/portal?lang=en");

        assertThat(page).contains("Member page", "Organisation", "Municipality", "Dues invoices", "Partly paid",
                "Meeting registrations", "Confirmed", "1 Apr 2003");
    }

    @Test
    void aMemberOpeningTheDashboardGetsAFriendlyRefusalWithTheWayToItsPortal() {
        Browser browser = member(newUsername(), "m-ichikawa");
        int membershipCalls = membership.seen().size();

        for (String path : List.of("/dashboard", "/dashboard/members/m-kozaki", "/dashboard/admin/users")) {
            HttpResponse<String> refused = browser.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("このページを開く権限がありません",
                    "You do not have permission to open this page.", "href=\"/portal\"", "会員ページへ");
        }
        assertThat(membership.seen().subList(membershipCalls, membership.seen().size()))
                .noneMatch(seen -> seen.pathAndQuery().contains("m-kozaki"));
        assertThat(browser.get("/dashboard?lang=en").body()).contains("You do not have permission to open this page",
                "このページを開く権限がありません。", "Go to your member page");
    }

    @Test
    void aMemberCancelsItsOwnRegistrationForAMeetingThatHasNotBegun() {
        String username = newUsername();
        Browser browser = member(username, "m-ichikawa");
        String registrations = section(browser.page("/portal"), "portal-registrations");
        assertThat(row(registrations, "r-7")).contains("キャンセル待ち", "/portal/registrations/mt-seminar-2099/r-7/cancellation");
        assertThat(row(registrations, "r-1")).as("the meeting is over").doesNotContain("cancellation");
        assertThat(row(registrations, "r-8")).as("cancelled already").doesNotContain("cancellation");

        HttpResponse<String> cancelled = browser.post("/portal/registrations/mt-seminar-2099/r-7/cancellation", Map.of());

        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(cancelled.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(events.seen("POST", "/api/meetings/mt-seminar-2099/registrations/r-7/cancellation")).last()
                .satisfies(seen -> assertThat(SignedIn.relayed(seen.authorization()).getSubject()).isEqualTo(username));
        assertThat(browser.page("/portal")).contains("参加申込を取り消しました");
    }

    @Test
    void aRegistrationTheServiceDoesNotKnowAsTheMembersComesBackAsItsRefusal() {
        Browser browser = member(newUsername(), "m-ichikawa");
        browser.page("/portal");

        HttpResponse<String> refused = browser.post("/portal/registrations/mt-seminar-2099/r-9/cancellation", Map.of());

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(section(refused.body(), "portal-registrations")).contains("no registration r-9", "DX推進セミナー");
    }

    @Test
    void aMemberAnswersTheOpenProposalsItVotesOnAndChangesAnAnswer() {
        String username = newUsername();
        Browser browser = member(username, "m-ichikawa");
        String votes = section(browser.page("/portal"), "portal-votes");
        assertThat(votes).contains("第1号議案 事業計画について", "第2号議案 収支予算について", "通常総会（書面開催）", "未回答")
                .doesNotContain("役員の選任について");
        assertThat(text(element(votes, "div", "data-proposal=\"p-budget\""))).contains("回答: 賛成");

        HttpResponse<String> first = browser.post("/portal/proposals/p-plan/vote", Map.of("choice", "AGAINST"));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", "/api/proposals/p-plan/votes")).last().satisfies(post -> {
            assertThat(post.body()).isEqualTo("{\"choice\":\"AGAINST\"}");
            assertThat(SignedIn.relayed(post.authorization()).getClaimAsString("member_id")).isEqualTo("m-ichikawa");
        });
        assertThat(browser.page("/portal")).contains("回答を送りました");

        HttpResponse<String> changed = browser.post("/portal/proposals/p-budget/vote", Map.of("choice", "ABSTAIN"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(events.seen("PUT", "/api/proposals/p-budget/votes/m-ichikawa")).last()
                .satisfies(put -> assertThat(put.body()).isEqualTo("{\"choice\":\"ABSTAIN\"}"));
        assertThat(browser.page("/portal")).contains("回答を変更しました");
    }

    @Test
    void aMemberNotAttendingGivesItsVoteToTheChairButNotOnAWrittenResolution() {
        Browser browser = member(newUsername(), "m-ichikawa");
        String votes = section(browser.page("/portal"), "portal-votes");
        assertThat(element(votes, "div", "data-proposal=\"p-online\"")).contains("action=\"/portal/proposals/p-online/proxy\"",
                "出席しないので委任する（委任状）", "<option value=\"CHAIR\">議長</option>",
                "<option value=\"m-funabashi\">船橋市</option>").as("not to itself").doesNotContain("value=\"m-ichikawa\"");
        assertThat(element(votes, "div", "data-proposal=\"p-plan\"")).as("a written resolution takes no proxy")
                .doesNotContain("/proxy\"");
        assertThat(text(element(votes, "div", "data-proposal=\"p-given\""))).contains("回答: 委任（議長）")
                .doesNotContain("出席しないので委任する");

        HttpResponse<String> given = browser.post("/portal/proposals/p-online/proxy", Map.of());

        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", "/api/proposals/p-online/proxies")).last().satisfies(post -> {
            assertThat(post.body()).isEqualTo("{\"delegate\":\"CHAIR\"}");
            assertThat(SignedIn.relayed(post.authorization()).getClaimAsString("member_id")).isEqualTo("m-ichikawa");
        });
        assertThat(browser.page("/portal")).contains("委任状を提出しました");

        HttpResponse<String> again = browser.post("/portal/proposals/p-given/proxy", Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(section(again.body(), "portal-votes")).contains("市川市 has already answered 第5号議案");
    }

    @Test
    void aMemberGivesItsVoteToAnotherVoterButNotToItselfOrAnOrganisationThatDoesNotVote() {
        Browser browser = member(newUsername(), "m-ichikawa");
        browser.page("/portal");
        int before = events.seen("POST", "/api/proposals/").size();

        HttpResponse<String> toItself = browser.post("/portal/proposals/p-online/proxy", Map.of("delegate", "m-ichikawa"));
        HttpResponse<String> toAStranger = browser.post("/portal/proposals/p-online/proxy", Map.of("delegate", "m-chiba"));

        assertThat(toItself.statusCode()).isEqualTo(400);
        assertThat(section(toItself.body(), "portal-votes")).contains("受任者は、議長かこの議案の他の議決権者から選んでください");
        assertThat(toAStranger.statusCode()).isEqualTo(400);
        assertThat(events.seen("POST", "/api/proposals/")).hasSize(before);

        HttpResponse<String> given = browser.post("/portal/proposals/p-online/proxy", Map.of("delegate", "m-funabashi"));

        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", "/api/proposals/p-online/proxies")).last()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"delegate\":\"m-funabashi\"}"));
    }

    @Test
    void aProxyGivenToAnotherVoterReadsWithThatVotersName() {
        Browser browser = member(newUsername(), "m-ichikawa");

        String votes = section(browser.page("/portal"), "portal-votes");

        assertThat(text(element(votes, "div", "data-proposal=\"p-delegated\""))).contains("回答: 委任（船橋市）")
                .doesNotContain("出席しないので委任する");
        assertThat(text(element(section(browser.page("/portal?lang=en"), "portal-votes"), "div",
                "data-proposal=\"p-delegated\""))).contains("Delegated to 船橋市");
    }

    @Test
    void aVoteWithoutAChoiceOrThatTheServiceRefusesComesBackWithTheReason() {
        Browser browser = member(newUsername(), "m-ichikawa");
        browser.page("/portal");
        int before = events.seen("POST", "/api/proposals/").size();

        HttpResponse<String> unchosen = browser.post("/portal/proposals/p-plan/vote", Map.of("choice", "MAYBE"));
        assertThat(unchosen.statusCode()).isEqualTo(400);
        assertThat(section(unchosen.body(), "portal-votes")).contains("賛成・反対・棄権のいずれかを選んでください");
        assertThat(events.seen("POST", "/api/proposals/")).hasSize(before);

        HttpResponse<String> refused = browser.post("/portal/proposals/p-board/vote", Map.of("choice", "FOR"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(section(refused.body(), "portal-votes")).contains("is not a voter on 第3号議案");
    }

    @Test
    void aMemberAddsAContactPersonForItsOwnOrganisation() {
        Browser browser = member(newUsername(), "m-ichikawa");
        browser.page("/portal");

        HttpResponse<String> added = browser.post("/portal/contacts", Map.of("name", "市川 一郎", "department", "情報政策課",
                "email", "ichiro@city.ichikawa.example.jp", "roles", "NEWSLETTER"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(membership.seen("POST", "/api/members/m-ichikawa/contacts")).anySatisfy(seen -> assertThat(seen.body())
                .contains("\"name\":\"市川 一郎\"", "\"email\":\"ichiro@city.ichikawa.example.jp\"", "\"roles\":[\"NEWSLETTER\"]"));
        assertThat(browser.page("/portal")).contains("担当者を追加しました");
    }

    @Test
    void aRefusedContactFormComesBackWithTheFieldsMessageInJapanese() {
        Browser browser = member(newUsername(), "m-ichikawa");
        browser.page("/portal");

        HttpResponse<String> refused = browser.post("/portal/contacts", Map.of("name", "市川 一郎", "email", "not-an-address"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(section(refused.body(), "portal-contacts"))
                .contains("data-field=\"email\">メールアドレスを確認してください (必須) (is not an e-mail address)</span>")
                .contains("value=\"not-an-address\"", "value=\"市川 一郎\"");
    }
}
