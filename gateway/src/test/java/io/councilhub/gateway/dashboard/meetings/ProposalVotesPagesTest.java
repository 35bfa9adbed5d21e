package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat follows a proposal (第6号議案) from the agenda to its decision: each voter's answer, the running count,
 * opening, recording answers and proxies on a voter's behalf, closing; the result with its count and quorum; a
 * written resolution (書面決議) read as answers in writing. Officers read it all and record nothing on another's
 * behalf; an officer who represents a voting organisation (幹事会) answers for it, and changes its answer.
 */
class ProposalVotesPagesTest extends DashboardPageTest {

    static final String OPEN = "/api/proposals/m-2022-general-assembly-p6";
    static final String DRAFT = "/api/proposals/m-2022-general-assembly-p5";
    static final String WRITTEN = "/api/proposals/m-2022-written-executive-p1";
    static final String PAGE = "/dashboard/meetings/proposals/m-2022-general-assembly-p6";

    static final ServiceStandIn events = ServiceStandIn.start()
            .resource("GET /api/meetings/m-2022-general-assembly", "activities/events/general-assembly.json")
            .resource("GET /api/meetings/m-2022-general-assembly/agenda", "activities/events/agenda.json")
            .resource("GET /api/meetings/m-2022-general-assembly/registrations", "activities/events/registrations.json")
            .resource("GET /api/meetings/m-2022-general-assembly/attendance", "activities/events/attendance.json")
            .resource("GET /api/meetings/m-2022-written-executive", "activities/events/proposals/written-executive.json")
            .resource("GET " + OPEN, "activities/events/proposals/open-business-plan.json")
            .resource("GET " + DRAFT, "activities/events/proposals/draft-settlement.json")
            .resource("GET " + WRITTEN, "activities/events/proposals/written-officers.json")
            .resource("GET /api/proposals/m-2022-general-assembly-p7", "activities/events/proposals/approved-budget.json")
            .resource("GET /api/proposals/m-2022-general-assembly-p8", "activities/events/proposals/rejected-no-quorum.json")
            .resource("GET /api/proposals/m-2022-general-assembly-p9", "activities/events/proposals/proxy-chain.json")
            .answer("POST " + OPEN + "/votes", 201, "application/json", "{\"voter\":\"m-funabashi\",\"choice\":\"AGAINST\"}")
            .answer("PUT " + OPEN + "/votes/m-narashino", 200, "application/json", "{\"voter\":\"m-narashino\",\"choice\":\"FOR\"}")
            .answer("PUT " + OPEN + "/votes/m-ichikawa", 200, "application/json", "{\"voter\":\"m-ichikawa\",\"choice\":\"ABSTAIN\"}")
            .answer("POST " + OPEN + "/proxies", 201, "application/json", "{\"voter\":\"m-funabashi\"}")
            .answer("POST " + OPEN + "/closing", 200, "application/json", "{\"id\":\"m-2022-general-assembly-p6\"}")
            .answer("POST " + DRAFT + "/opening", 200, "application/json", "{\"id\":\"m-2022-general-assembly-p5\"}")
            .answer("POST " + WRITTEN + "/votes", 201, "application/json", "{\"voter\":\"m-ichikawa\",\"choice\":\"FOR\"}")
            .answer("PUT " + WRITTEN + "/votes/m-chiba", 200, "application/json", "{\"voter\":\"m-chiba\",\"choice\":\"AGAINST\"}")
            .answer("POST " + WRITTEN + "/closing", 409, "application/problem+json",
                    "{\"title\":\"response-deadline-not-reached\",\"status\":409,\"detail\":\"the written resolution on 議案第1号"
                            + " takes answers until 2022-05-20T08:00:00Z and 1 voters have not answered yet\"}");

    /** The roll, for creating officer users who represent an organisation. */
    static final ServiceStandIn membership = ServiceStandIn.start()
            .answer("GET /api/members/m-ichikawa", 200, "application/json", "{\"id\":\"m-ichikawa\",\"status\":\"ACTIVE\"}")
            .answer("GET /api/members/m-chiba", 200, "application/json", "{\"id\":\"m-chiba\",\"status\":\"ACTIVE\"}")
            .answer("GET /api/members/m-narashino", 200, "application/json", "{\"id\":\"m-narashino\",\"status\":\"ACTIVE\"}")
            .answer("GET /api/members/m-funabashi", 200, "application/json", "{\"id\":\"m-funabashi\",\"status\":\"ACTIVE\"}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).events(events).membership(membership);
    }

    @Test
    void theAgendaLeadsToAProposalShowingEachVotersAnswerAndTheRunningCount() {
        Browser browser = administrator();
        String meeting = browser.page("/dashboard/meetings/m-2022-general-assembly");
        assertThat(element(meeting, "tr", "data-item=\"m-2022-general-assembly-p6\""))
                .contains("第6号議案", "href=\"" + PAGE + "\"");

        String page = browser.page(PAGE);

        assertThat(text(element(page, "h1", ""))).isEqualTo("第6号議案 令和4年度事業計画の決定について");
        assertThat(text(element(page, "section", "id=\"proposal-summary\"")))
                .contains("令和4年度ちば地域DX推進協議会 通常総会", "令和4年7月15日（web開催）", "事業計画", "令和4年度", "採決中",
                        "総会（会員団体ごとに1票）", "会議での採決", "令和4年7月15日 14:30");
        assertThat(text(element(page, "tr", "data-voter=\"m-ichikawa\""))).isEqualTo("市川市 賛成 出席 admin 令和4年7月15日 14:35");
        assertThat(text(element(page, "tr", "data-voter=\"m-narashino\""))).isEqualTo("習志野市 （議長一任） 委任 → 議長 admin 令和4年7月15日 14:36");
        assertThat(text(element(page, "tr", "data-voter=\"m-funabashi\""))).isEqualTo("船橋市 未回答");
        assertThat(text(element(page, "section", "id=\"count\""))).contains("回答 2／3", "賛成 1", "反対 0", "棄権 0", "委任 1");
        assertThat(text(element(page, "section", "id=\"ballots\""))).contains("退会により議決権者から除外: 鎌ケ谷市（令和4年7月1日）");
        assertThat(text(element(page, "section", "id=\"explanation\""))).contains("令和4年度の事業計画を別紙のとおり定める。");
    }

    @Test
    void eachProxyShowsWhereItsVoteEndsUpAsTheServiceFollowsIt() {
        Browser browser = administrator();

        String page = browser.page("/dashboard/meetings/proposals/m-2022-general-assembly-p9");

        assertThat(text(element(page, "tr", "data-voter=\"m-narashino\""))).startsWith("習志野市 （市川市に従い 反対） 委任 → 市川市");
        assertThat(text(element(page, "tr", "data-voter=\"m-funabashi\""))).startsWith("船橋市 （議長一任: 票には数えない） 委任 → 議長");
        assertThat(text(element(page, "tr", "data-voter=\"m-chiba\""))).startsWith("千葉市 （受任者の回答なし: 数えない） 委任 → 木更津市");
        assertThat(text(element(page, "tr", "data-voter=\"m-ichikawa\""))).doesNotContain("（");
        assertThat(text(element(browser.page("/dashboard/meetings/proposals/m-2022-general-assembly-p9?lang=en"), "tr",
                "data-voter=\"m-narashino\""))).contains("(as 市川市: Against)");
        browser.page("/dashboard/meetings/proposals/m-2022-general-assembly-p9?lang=ja");
    }

    @Test
    void aDecidedProposalShowsItsResultCountAndQuorumAsTheServiceReportsThem() {
        Browser browser = administrator();

        String approved = text(element(browser.page("/dashboard/meetings/proposals/m-2022-general-assembly-p7"), "section",
                "id=\"decision\""));
        assertThat(approved).contains("可決", "議決権者数 60", "出席（委任・書面を含む） 41", "定足数 充足", "賛成 40", "反対 0",
                "棄権 1", "議決日 令和4年7月15日", "締切 admin");
        String noQuorum = text(element(browser.page("/dashboard/meetings/proposals/m-2022-general-assembly-p8"), "section",
                "id=\"decision\""));
        assertThat(noQuorum).contains("否決", "定足数不足", "出席（委任・書面を含む） 20", "定足数 不足");
    }

    @Test
    void aWrittenResolutionReadsAsAnswersInWritingUntilItsDeadline() {
        String page = administrator().page("/dashboard/meetings/proposals/m-2022-written-executive-p1");

        assertThat(text(element(page, "section", "id=\"proposal-summary\"")))
                .contains("令和4年度第1回幹事会（書面開催）", "書面開催", "役員・幹事の選任", "幹事会（幹事の団体ごとに1票）",
                        "書面決議（書面による回答）", "回答期限 令和4年5月20日 17:00");
        assertThat(text(element(page, "tr", "data-voter=\"m-chiba\""))).startsWith("千葉県 （千葉 一郎） 賛成 書面");
        assertThat(text(element(page, "section", "id=\"count\""))).contains("現在の回答状況", "回答 1／2")
                .doesNotContain("委任");
        String actions = element(page, "section", "id=\"voting-actions\"");
        assertThat(text(actions)).contains("書面による回答を記録する", "期限を過ぎると自動で締め切られます");
        assertThat(actions).doesNotContain("id=\"proxy-form\"");
    }

    @Test
    void theSecretariatRecordsAFirstAnswerAndChangesAnotherOnTheVotersBehalf() {
        Browser browser = administrator();
        browser.page(PAGE);

        HttpResponse<String> first = browser.post(PAGE + "/votes", Map.of("voter", "m-funabashi", "choice", "AGAINST"));
        assertThat(browser.page(PAGE)).contains("賛否を記録しました");
        HttpResponse<String> changed = browser.post(PAGE + "/votes", Map.of("voter", "m-ichikawa", "choice", "ABSTAIN"));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
        assertThat(events.seen("POST", OPEN + "/votes")).singleElement().satisfies(post -> {
            assertThat(post.body()).isEqualTo("{\"voter\":\"m-funabashi\",\"choice\":\"AGAINST\"}");
            assertThat(SignedIn.relayed(post.authorization()).getSubject()).isEqualTo(SignedIn.ADMIN);
        });
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(events.seen("PUT", OPEN + "/votes/m-ichikawa")).singleElement()
                .satisfies(put -> assertThat(put.body()).isEqualTo("{\"choice\":\"ABSTAIN\"}"));
        assertThat(browser.page(PAGE)).contains("賛否を変更しました");
    }

    @Test
    void theSecretariatRecordsAProxyToTheChairAndOpensAndClosesVoting() {
        Browser browser = administrator();
        String draft = browser.page("/dashboard/meetings/proposals/m-2022-general-assembly-p5");
        assertThat(element(draft, "section", "id=\"voting-actions\"")).contains("採決を開始する").doesNotContain("vote-form");

        HttpResponse<String> opened = browser.post("/dashboard/meetings/proposals/m-2022-general-assembly-p5/opening", Map.of());
        browser.page(PAGE);
        HttpResponse<String> proxy = browser.post(PAGE + "/proxies", Map.of("voter", "m-funabashi", "delegate", "CHAIR"));
        assertThat(browser.page(PAGE)).contains("委任状を記録しました");
        HttpResponse<String> closed = browser.post(PAGE + "/closing", Map.of("decidedOn", "2022-07-15"));

        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", DRAFT + "/opening")).hasSize(1);
        assertThat(proxy.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", OPEN + "/proxies")).as("on a voter's behalf, not an officer's own")
                .filteredOn(post -> post.body().contains("\"voter\"")).singleElement()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"voter\":\"m-funabashi\",\"delegate\":\"CHAIR\"}"));
        assertThat(closed.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", OPEN + "/closing")).singleElement()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"decidedOn\":\"2022-07-15\"}"));
        assertThat(browser.page(PAGE)).contains("採決を締め切りました");
    }

    @Test
    void anAnswerWithoutAChoiceOrAClosingInTheFutureComesBackWithTheErrorAndSendsNothing() {
        Browser browser = administrator();
        browser.page(WRITTEN.replace("/api/proposals", "/dashboard/meetings/proposals"));
        int before = events.seen().size();

        HttpResponse<String> noChoice = browser.post("/dashboard/meetings/proposals/m-2022-written-executive-p1/votes",
                Map.of("voter", "m-ichikawa"));
        HttpResponse<String> future = browser.post("/dashboard/meetings/proposals/m-2022-written-executive-p1/closing",
                Map.of("decidedOn", "2099-01-01"));

        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(text(element(noChoice.body(), "span", "data-field=\"choice\""))).isEqualTo("賛成・反対・棄権のいずれかを選択してください");
        assertThat(element(noChoice.body(), "select", "name=\"voter\"")).contains("value=\"m-ichikawa\" selected");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(text(element(future.body(), "span", "data-field=\"decidedOn\""))).isEqualTo("議決日に未来の日付は指定できません");
        assertThat(events.seen().subList(before, events.seen().size()))
                .allSatisfy(seen -> assertThat(seen.method()).isEqualTo("GET"));
    }

    @Test
    void theServicesRefusalToCloseAWrittenResolutionEarlyIsShownOnThePage() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/proposals/m-2022-written-executive-p1");

        HttpResponse<String> refused = browser.post("/dashboard/meetings/proposals/m-2022-written-executive-p1/closing",
                Map.of("decidedOn", ""));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(element(refused.body(), "div", "class=\"notice form-problem\"")))
                .contains("takes answers until 2022-05-20T08:00:00Z and 1 voters have not answered yet");
        assertThat(events.seen("POST", WRITTEN + "/closing")).singleElement()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"decidedOn\":null}"));
    }

    @Test
    void anOfficerReadsEveryAnswerButCannotOpenRecordOrClose() {
        Browser officer = SignedIn.staff(port, "officer-votes", "OFFICER");
        String page = officer.page(PAGE);
        int before = events.seen().size();

        assertThat(text(element(page, "tr", "data-voter=\"m-ichikawa\""))).contains("賛成");
        assertThat(page).doesNotContain("id=\"voting-actions\"", "vote-form", "close-form");
        assertThat(officer.post(PAGE + "/votes", Map.of("voter", "m-funabashi", "choice", "FOR")).statusCode()).isEqualTo(403);
        assertThat(officer.post(PAGE + "/proxies", Map.of("voter", "m-funabashi", "delegate", "CHAIR")).statusCode()).isEqualTo(403);
        assertThat(officer.post(PAGE + "/closing", Map.of()).statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings/proposals/m-2022-general-assembly-p5/opening", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(events.seen().subList(before, events.seen().size())).isEmpty();
    }

    @Test
    void anOfficerWhoRepresentsAVoterAnswersForItsOrganisationAndChangesTheAnswer() {
        String page = "/dashboard/meetings/proposals/m-2022-written-executive-p1";
        Browser ichikawa = SignedIn.officer(port, "officer-ichikawa", "m-ichikawa");
        String before = ichikawa.page(page);
        assertThat(text(element(before, "section", "id=\"own-vote\"")))
                .contains("市川市としての回答（議決権の行使）", "まだ回答していません", "回答する");
        assertThat(before).doesNotContain("id=\"voting-actions\"");

        HttpResponse<String> first = ichikawa.post(page + "/own-vote", Map.of("choice", "FOR"));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", WRITTEN + "/votes")).singleElement().satisfies(post -> {
            assertThat(post.body()).isEqualTo("{\"choice\":\"FOR\"}");
            Jwt relayed = SignedIn.relayed(post.authorization());
            assertThat(relayed.getSubject()).isEqualTo("officer-ichikawa");
            assertThat(relayed.getClaimAsString("member_id")).isEqualTo("m-ichikawa");
            assertThat(relayed.getClaimAsStringList("roles")).containsExactly("OFFICER");
        });
        assertThat(ichikawa.page(page)).contains("賛否を記録しました");

        Browser chiba = SignedIn.officer(port, "officer-chiba", "m-chiba");
        assertThat(text(element(chiba.page(page), "p", "id=\"own-answer\""))).isEqualTo("回答済み: 賛成（締切まで変更できます）");
        HttpResponse<String> changed = chiba.post(page + "/own-vote", Map.of("choice", "AGAINST"));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(events.seen("PUT", WRITTEN + "/votes/m-chiba")).singleElement()
                .satisfies(put -> assertThat(put.body()).isEqualTo("{\"choice\":\"AGAINST\"}"));
    }

    @Test
    void anOfficerWhoseOrganisationGaveAProxyReadsItAndAnAnswerReplacesIt() {
        Browser narashino = SignedIn.officer(port, "officer-narashino", "m-narashino");
        String page = narashino.page(PAGE);
        assertThat(text(element(page, "p", "id=\"own-answer\""))).isEqualTo("委任済み（受任者: 議長）。回答すると委任に代わります");
        assertThat(text(element(page, "section", "id=\"own-vote\""))).contains("回答を変更する")
                .doesNotContain("まだ回答していません");
        assertThat(text(element(narashino.page(PAGE + "?lang=en"), "p", "id=\"own-answer\"")))
                .isEqualTo("Proxy given (delegate: The chair). Answering replaces the proxy.");

        HttpResponse<String> answered = narashino.post(PAGE + "/own-vote", Map.of("choice", "FOR"));

        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(events.seen("PUT", OPEN + "/votes/m-narashino")).singleElement()
                .satisfies(put -> assertThat(put.body()).isEqualTo("{\"choice\":\"FOR\"}"));
        assertThat(events.seen("POST", OPEN + "/votes")).noneSatisfy(post ->
                assertThat(SignedIn.relayed(post.authorization()).getSubject()).isEqualTo("officer-narashino"));
    }

    @Test
    void anOfficerWhoseOrganisationWillNotAttendGivesItsVoteToTheChairButNotInWritingOrAfterAnswering() {
        Browser funabashi = SignedIn.officer(port, "officer-funabashi", "m-funabashi");
        String proxyForm = element(funabashi.page(PAGE), "form", "id=\"own-proxy-form\"");
        assertThat(proxyForm).contains("出席しないので委任する（委任状）", "<option value=\"CHAIR\">議長</option>",
                "<option value=\"m-ichikawa\">市川市</option>").as("not to itself").doesNotContain("m-funabashi");

        HttpResponse<String> given = funabashi.post(PAGE + "/own-proxy", Map.of());

        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", OPEN + "/proxies")).last().satisfies(post -> {
            assertThat(post.body()).isEqualTo("{\"delegate\":\"CHAIR\"}");
            assertThat(SignedIn.relayed(post.authorization()).getClaimAsString("member_id")).isEqualTo("m-funabashi");
        });
        assertThat(funabashi.page(PAGE)).contains("委任状を提出しました");

        Browser ichikawa = SignedIn.officer(port, "officer-ichikawa-proxy", "m-ichikawa");
        assertThat(ichikawa.page(PAGE)).as("answered already").doesNotContain("id=\"own-proxy-form\"");
        assertThat(ichikawa.page("/dashboard/meetings/proposals/m-2022-written-executive-p1")).as("in writing")
                .contains("id=\"own-vote\"").doesNotContain("id=\"own-proxy-form\"");
        Browser noOrganisation = SignedIn.staff(port, "officer-no-org-proxy", "OFFICER");
        int before = events.seen().size();
        assertThat(noOrganisation.post(PAGE + "/own-proxy", Map.of()).statusCode()).isEqualTo(403);
        assertThat(events.seen().subList(before, events.seen().size()))
                .allSatisfy(seen -> assertThat(seen.method()).isEqualTo("GET"));
    }

    @Test
    void anOfficerGivesItsOrganisationsVoteToAnotherVoterButNotToItselfOrAnOrganisationThatDoesNotVote() {
        Browser funabashi = SignedIn.officer(port, "officer-funabashi-delegate", "m-funabashi");
        funabashi.page(PAGE);
        int before = events.seen().size();

        HttpResponse<String> toItself = funabashi.post(PAGE + "/own-proxy", Map.of("delegate", "m-funabashi"));
        HttpResponse<String> toAStranger = funabashi.post(PAGE + "/own-proxy", Map.of("delegate", "m-chiba"));

        assertThat(toItself.statusCode()).isEqualTo(400);
        assertThat(text(element(toItself.body(), "span", "data-field=\"ownDelegate\""))).isEqualTo("自分自身には委任できません");
        assertThat(toAStranger.statusCode()).isEqualTo(400);
        assertThat(text(element(toAStranger.body(), "span", "data-field=\"ownDelegate\"")))
                .isEqualTo("受任者（議長またはほかの議決権者）を選択してください");
        assertThat(events.seen().subList(before, events.seen().size()))
                .allSatisfy(seen -> assertThat(seen.method()).isEqualTo("GET"));

        HttpResponse<String> given = funabashi.post(PAGE + "/own-proxy", Map.of("delegate", "m-ichikawa"));

        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", OPEN + "/proxies")).last().satisfies(post -> {
            assertThat(post.body()).isEqualTo("{\"delegate\":\"m-ichikawa\"}");
            assertThat(SignedIn.relayed(post.authorization()).getClaimAsString("member_id")).isEqualTo("m-funabashi");
        });
    }

    @Test
    void anOwnAnswerWithoutAChoiceIsRefusedAtTheFieldAndAnOfficerOfNoOrganisationHasNoneToGive() {
        String page = "/dashboard/meetings/proposals/m-2022-written-executive-p1";
        Browser officer = SignedIn.officer(port, "officer-ichikawa-2", "m-ichikawa");
        officer.page(page);
        int before = events.seen().size();

        HttpResponse<String> noChoice = officer.post(page + "/own-vote", Map.of("choice", "MAYBE"));

        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(text(element(noChoice.body(), "span", "data-field=\"ownChoice\""))).isEqualTo("賛成・反対・棄権のいずれかを選択してください");

        Browser noOrganisation = SignedIn.staff(port, "officer-no-org", "OFFICER");
        assertThat(noOrganisation.page(page)).doesNotContain("id=\"own-vote\"");
        assertThat(noOrganisation.post(page + "/own-vote", Map.of("choice", "FOR")).statusCode()).isEqualTo(403);
        assertThat(events.seen().subList(before, events.seen().size()))
                .allSatisfy(seen -> assertThat(seen.method()).isEqualTo("GET"));
    }

    @Test
    void aProposalReadsInEnglish() {
        Browser browser = administrator();
        String page = browser.page(PAGE + "?lang=en");

        assertThat(text(element(page, "h1", ""))).startsWith("Proposal 6");
        assertThat(text(element(page, "tr", "data-voter=\"m-narashino\""))).contains("(left to the chair)", "Proxy → The chair", "15 Jul 2022");
    }
}
