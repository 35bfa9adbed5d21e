package io.councilhub.events.proposal;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.events.TestClock;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.events.meeting.Audience;
import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingDetails;
import io.councilhub.events.meeting.MeetingFormat;
import io.councilhub.events.meeting.MeetingKind;
import io.councilhub.events.meeting.Meetings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Agendas, votes and decisions over HTTP against a real broker and store: voters fixed from membership's events,
 * answers by the member organisations' own users, proxies and written resolutions, and the one decision event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "councilhub.voting.deadline-check=200ms",
        "councilhub.voting.rules.EXTRAORDINARY_ASSEMBLY.majority=2/3",
        "councilhub.voting.rules.EXTRAORDINARY_ASSEMBLY.majority-at-least=true"})
@CouncilInfrastructure
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class ProposalVotingApiTest {

    static final Instant ASSEMBLY_DAY = OffsetDateTime.parse("2022-07-20T14:00:00+09:00").toInstant();
    static final TestClock CLOCK = new TestClock(ASSEMBLY_DAY);

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    Meetings meetings;

    @Autowired
    VotingSettings settings;

    ApiClient secretariat;
    TopicProbe decisions;

    @BeforeEach
    void start() {
        CLOCK.set(ASSEMBLY_DAY);
        secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        decisions = infrastructure.probe(Topics.MEETINGS);
    }

    @AfterEach
    void stop() {
        decisions.close();
    }

    @Test
    void theAssemblyApprovesProposal7ByItsMembersVotesAndPublishesTheDecisionOnce() throws Exception {
        String chiba = admit("千葉県", MemberCategory.PREFECTURE);
        String ichikawa = admit("市川市", MemberCategory.MUNICIPALITY);
        String kozaki = admit("神崎町", MemberCategory.MUNICIPALITY);
        String fujitsu = admit("富士通Japan株式会社", MemberCategory.COMPANY);
        String tomisato = admit("富里市", MemberCategory.MUNICIPALITY);
        infrastructure.publish(new MemberWithdrawn(tomisato, "富里市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2021, 11, 9), "退会届の受理"), UUID.randomUUID().toString());
        awaitRoll(4, 5);
        String assembly = meeting("m-2022-general-assembly", MeetingKind.GENERAL_ASSEMBLY, MeetingFormat.ONLINE, null);

        Response p6 = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":6,"title":"令和4年度事業計画の決定について","kind":"BUSINESS_PLAN","explanation":"令和4年度事業計画について、次のとおり決定を求める。"}""");
        Response p7 = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":7,"title":"令和4年度収支予算の決定について","kind":"BUDGET","subjectRef":"2022"}""");
        Response r1 = secretariat.post(agenda(assembly) + "/reports", """
                {"number":1,"title":"幹事の委嘱について"}""");
        Response r2 = secretariat.post(agenda(assembly) + "/reports", """
                {"number":2,"title":"会員の退会について","text":"株式会社フューチャーリンクネットワーク、富里市、東京電機大学"}""");
        assertThat(List.of(p6.status(), p7.status(), r1.status(), r2.status())).as(p6 + " " + p7).containsOnly(201);
        String proposal7 = p7.location();
        assertThat(proposal7).isEqualTo("/api/proposals/m-2022-general-assembly-p7");
        assertThat(p6.json().get("subjectRef").asString()).isEqualTo("2022");

        JsonNode items = ApiClient.at(port).as(TestTokens.member(chiba)).get(agenda(assembly)).json().get("items");
        assertThat(items).extracting(item -> item.get("heading").asString())
                .containsExactly("議案第6号", "議案第7号", "報告1", "報告2");
        assertThat(items.get(1).get("status").asString()).isEqualTo("DRAFT");

        assertThat(ApiClient.at(port).as(TestTokens.member(chiba)).post(proposal7 + "/opening", "").status()).isEqualTo(403);
        Response opened = secretariat.post(proposal7 + "/opening", "");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.json().get("voters")).extracting(voter -> voter.get("memberId").asString())
                .containsExactlyInAnyOrder(chiba, ichikawa, kozaki, fujitsu);

        ApiClient chibaUser = ApiClient.at(port).as(TestTokens.member(chiba));
        Response voted = chibaUser.post(proposal7 + "/votes", """
                {"choice":"FOR"}""");
        assertThat(voted.status()).as(voted.toString()).isEqualTo(201);
        assertThat(voted.json().get("voter").asString()).isEqualTo(chiba);
        assertThat(voted.json().get("attendance").asString()).isEqualTo("PRESENT");
        assertThat(voted.json().get("recordedAt").asString()).endsWith("+09:00");

        Response twice = chibaUser.post(proposal7 + "/votes", """
                {"choice":"AGAINST"}""");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.isProblem()).isTrue();
        assertThat(twice.json().get("rule").asString()).isEqualTo("already-voted");
        assertThat(chibaUser.post(proposal7 + "/votes", """
                {"voter":"%s","choice":"FOR"}""".formatted(ichikawa)).status()).as("for another organisation").isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).post(proposal7 + "/votes", """
                {"choice":"FOR"}""").status()).as("an officer user of no organisation").isEqualTo(403);
        Response outsider = ApiClient.at(port).as(TestTokens.member(tomisato)).post(proposal7 + "/votes", """
                {"choice":"FOR"}""");
        assertThat(outsider.status()).isEqualTo(409);
        assertThat(outsider.json().get("rule").asString()).isEqualTo("not-a-voter");
        Response noChoice = chibaUser.put(proposal7 + "/votes/" + chiba, """
                {"choice":"MAYBE"}""");
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.json().get("errors").get(0).get("field").asString()).isEqualTo("choice");
        Response onBehalfOfNobody = secretariat.post(proposal7 + "/votes", """
                {"choice":"FOR"}""");
        assertThat(onBehalfOfNobody.status()).isEqualTo(400);
        assertThat(onBehalfOfNobody.json().get("errors").get(0).get("field").asString()).isEqualTo("voter");

        assertThat(secretariat.post(proposal7 + "/votes", """
                {"voter":"%s","choice":"AGAINST"}""".formatted(ichikawa)).status()).isEqualTo(201);
        Response proxy = ApiClient.at(port).as(TestTokens.member(kozaki)).post(proposal7 + "/proxies", """
                {"delegate":"CHAIR"}""");
        assertThat(proxy.status()).as(proxy.toString()).isEqualTo(201);
        assertThat(proxy.json().get("attendance").asString()).isEqualTo("PROXY");

        JsonNode asKozaki = ApiClient.at(port).as(TestTokens.member(kozaki)).get(proposal7).json();
        assertThat(asKozaki.get("ballots")).singleElement().satisfies(own -> assertThat(own.get("voter").asString()).isEqualTo(kozaki));
        assertThat(asKozaki.get("ballots").get(0).get("countsBy").asString()).as("a proxy to the chair").isEqualTo("CHAIR");
        assertThat(secretariat.get(proposal7).json().get("ballots")).hasSize(3).anySatisfy(ballot -> {
            assertThat(ballot.get("voter").asString()).isEqualTo(kozaki);
            assertThat(ballot.get("countsAs").asString()).as("the chair votes for, by the default rule").isEqualTo("FOR");
            assertThat(ballot.get("countsBy").asString()).isEqualTo("CHAIR");
        });

        assertThat(chibaUser.post(proposal7 + "/closing", "").status()).isEqualTo(403);
        Response closed = secretariat.post(proposal7 + "/closing", """
                {"decidedOn":"2022-07-20"}""");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode decision = closed.json().get("decision");
        assertThat(decision.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(decision.get("outcomeLabel").asString()).isEqualTo("可決");
        assertThat(decision.get("decidedOnLabel").asString()).isEqualTo("令和4年7月20日");
        assertThat(decision.get("votes").get("voters").asInt()).isEqualTo(4);

        ConsumerRecord<String, byte[]> approved = awaitDecision(EventCatalogue.PROPOSAL_APPROVED.wireName(), proposal7Id(proposal7));
        JsonNode event = EventJson.mapper().readTree(TopicProbe.payload(approved));
        assertThat(approved.key()).isEqualTo("m-2022-general-assembly-p7");
        assertThat(event.get("kind").asString()).isEqualTo("BUDGET");
        assertThat(event.get("subjectRef").asString()).isEqualTo("2022");
        assertThat(event.get("fiscalYear").asInt()).isEqualTo(2022);
        assertThat(event.get("number").asInt()).isEqualTo(7);
        assertThat(event.get("meetingId").asString()).isEqualTo(assembly);
        assertThat(event.get("decidedOn").asString()).isEqualTo("2022-07-20");
        JsonNode votes = event.get("votes");
        assertThat(List.of(votes.get("voters").asInt(), votes.get("participating").asInt(), votes.get("votesFor").asInt(),
                votes.get("votesAgainst").asInt(), votes.get("abstentions").asInt())).containsExactly(4, 3, 2, 1, 0);
        assertThat(fieldNames(event)).isEqualTo(fieldNames(sample(EventCatalogue.PROPOSAL_APPROVED.samplePath())));

        Response again = secretariat.post(proposal7 + "/closing", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("proposal-closed");
        Response late = ApiClient.at(port).as(TestTokens.member(fujitsu)).post(proposal7 + "/votes", """
                {"choice":"AGAINST"}""");
        assertThat(late.json().get("rule").asString()).isEqualTo("proposal-closed");
        Response report = secretariat.post(r2.location() + "/opening", "");
        assertThat(report.status()).isEqualTo(409);
        assertThat(report.json().get("rule").asString()).isEqualTo("report-not-voted");
        assertThat(ApiClient.at(port).as(TestTokens.member(chiba)).post(r2.location() + "/votes", """
                {"choice":"FOR"}""").json().get("rule").asString()).isEqualTo("report-not-voted");

        infrastructure.awaitConsumed("events", Topics.MEMBERSHIP);
        assertThat(decisions.records(EventCatalogue.PROPOSAL_APPROVED.wireName())).as("one decision, once").hasSize(1);
        assertThat(decisions.records(EventCatalogue.PROPOSAL_REJECTED.wireName())).isEmpty();
    }

    @Test
    void tooFewTakingPartRejectTheProposalForWantOfAQuorum() throws Exception {
        List<String> members = new ArrayList<>();
        for (String name : List.of("四街道市", "木更津市", "酒々井町", "横芝光町", "長南町")) {
            members.add(admit(name, MemberCategory.MUNICIPALITY));
        }
        awaitRoll(5, 5);
        String assembly = meeting("m-2022-extraordinary", MeetingKind.EXTRAORDINARY_ASSEMBLY, MeetingFormat.ONLINE, null);
        String bylaws = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":1,"title":"規約の改定について","kind":"BYLAWS_AMENDMENT","subjectRef":"2022-07"}""").location();
        assertThat(secretariat.post(bylaws + "/opening", "").status()).isEqualTo(200);
        vote(bylaws, members.get(0), "FOR");
        vote(bylaws, members.get(1), "FOR");

        JsonNode decision = secretariat.post(bylaws + "/closing", "").json().get("decision");

        assertThat(decision.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(decision.get("reason").asString()).isEqualTo("NO_QUORUM");
        JsonNode event = EventJson.mapper().readTree(TopicProbe.payload(
                awaitDecision(EventCatalogue.PROPOSAL_REJECTED.wireName(), "m-2022-extraordinary-p1")));
        assertThat(event.get("kind").asString()).isEqualTo("BYLAWS_AMENDMENT");
        assertThat(event.get("votes").get("participating").asInt()).isEqualTo(2);
        assertThat(fieldNames(event)).isEqualTo(fieldNames(sample(EventCatalogue.PROPOSAL_REJECTED.samplePath())));

        assertThat(settings.ruleFor(MeetingKind.EXTRAORDINARY_ASSEMBLY).majority()).isEqualTo(new Fraction(2, 3));
        String second = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":2,"title":"規約の改定について(再提案)","kind":"BYLAWS_AMENDMENT"}""").location();
        secretariat.post(second + "/opening", "");
        vote(second, members.get(0), "FOR");
        vote(second, members.get(1), "AGAINST");
        vote(second, members.get(2), "FOR");
        vote(second, members.get(3), "FOR");
        vote(second, members.get(4), "AGAINST");
        JsonNode underTwoThirds = secretariat.post(second + "/closing", "").json().get("decision");
        assertThat(underTwoThirds.get("outcome").asString()).as("3 of 5 cast: a simple majority, not 2/3").isEqualTo("REJECTED");
        assertThat(underTwoThirds.get("reason").asString()).isEqualTo("NO_MAJORITY");
    }

    @Test
    void theCommitteesOfficersAnswerInWritingAndTheResolutionClosesItselfAtTheDeadline() throws Exception {
        String chiba = admit("千葉県", MemberCategory.PREFECTURE);
        String yotsukaido = admit("四街道市", MemberCategory.MUNICIPALITY);
        String josai = admit("城西国際大学", MemberCategory.ACADEMIA);
        String company = admit("株式会社デモ", MemberCategory.COMPANY);
        awaitRoll(4, 4);
        OffsetDateTime deadline = OffsetDateTime.parse("2022-07-29T17:00:00+09:00");
        String committee = meeting("m-2022-executive-committee", MeetingKind.EXECUTIVE_COMMITTEE, MeetingFormat.WRITTEN, deadline);
        String admission = secretariat.post(agenda(committee) + "/proposals", """
                {"number":1,"title":"入会の承認について","kind":"MEMBER_ADMISSION","subjectRef":"applicant-42"}""").location();

        Response noRoster = secretariat.post(admission + "/opening", "");
        assertThat(noRoster.status()).isEqualTo(409);
        assertThat(noRoster.json().get("rule").asString()).isEqualTo("no-voters");

        infrastructure.publish(new OfficerRosterAdopted("roster-2022", 2022, List.of(
                new OfficerRosterAdopted.Officer(chiba, "CHIEF_SECRETARY", "デジタル戦略課", "課長", "斎藤 栄一", "DUTIES_TRANSFERRED"),
                new OfficerRosterAdopted.Officer(yotsukaido, "OFFICER", "情報推進課", "課長", "山本 学", "REAPPOINTED"),
                new OfficerRosterAdopted.Officer(josai, "OFFICER", null, "学長補佐", "袁 福之", "REAPPOINTED"))),
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                secretariat.get("/api/voter-roll/officers/2022").status() == 200);
        assertThat(secretariat.get("/api/voter-roll/officers/2022").json().get("voters").get(0).get("personNames").get(0).asString())
                .isEqualTo("斎藤 栄一");

        Response opened = secretariat.post(admission + "/opening", "");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().get("written").asBoolean()).isTrue();
        assertThat(opened.json().get("responseDeadline").asString()).isEqualTo("2022-07-29T17:00:00+09:00");
        assertThat(opened.json().get("voters")).extracting(voter -> voter.get("memberId").asString())
                .containsExactlyInAnyOrder(chiba, yotsukaido, josai);

        Response written = vote(admission, chiba, "FOR");
        assertThat(written.json().get("attendance").asString()).isEqualTo("WRITTEN");
        vote(admission, yotsukaido, "AGAINST");
        Response notAnOfficer = vote(admission, company, "FOR");
        assertThat(notAnOfficer.json().get("rule").asString()).isEqualTo("not-a-voter");
        Response proxy = ApiClient.at(port).as(TestTokens.member(josai)).post(admission + "/proxies", """
                {"delegate":"CHAIR"}""");
        assertThat(proxy.json().get("rule").asString()).isEqualTo("no-proxy-in-writing");
        Response early = secretariat.post(admission + "/closing", "");
        assertThat(early.json().get("rule").asString()).isEqualTo("response-deadline-not-reached");

        CLOCK.set(deadline.toInstant().plusSeconds(1));
        Response afterDeadline = vote(admission, josai, "FOR");
        assertThat(afterDeadline.status()).isEqualTo(409);
        assertThat(afterDeadline.json().get("rule").asString()).isEqualTo("response-deadline-passed");

        ConsumerRecord<String, byte[]> rejected = awaitDecision(EventCatalogue.PROPOSAL_REJECTED.wireName(), "m-2022-executive-committee-p1");
        JsonNode event = EventJson.mapper().readTree(TopicProbe.payload(rejected));
        assertThat(event.get("kind").asString()).isEqualTo("MEMBER_ADMISSION");
        assertThat(event.get("subjectRef").asString()).isEqualTo("applicant-42");
        assertThat(event.get("decidedOn").asString()).isEqualTo("2022-07-29");
        assertThat(event.get("votes").get("voters").asInt()).isEqualTo(3);
        assertThat(event.get("votes").get("votesFor").asInt()).isEqualTo(1);
        JsonNode decided = secretariat.get(admission).json().get("decision");
        assertThat(decided.get("reason").asString()).isEqualTo("TIE");
        assertThat(decided.get("closedBy").asString()).isEqualTo("deadline");
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() ->
                decisions.records(EventCatalogue.PROPOSAL_REJECTED.wireName()).size() == 1);
    }

    @Test
    void aWithdrawnOrganisationLeavesTheVotersOfOpenProposalsOnce() {
        String chiba = admit("千葉県", MemberCategory.PREFECTURE);
        String narita = admit("成田市", MemberCategory.MUNICIPALITY);
        String sakura = admit("佐倉市", MemberCategory.MUNICIPALITY);
        awaitRoll(3, 3);
        String assembly = meeting("m-2022-general-assembly", MeetingKind.GENERAL_ASSEMBLY, MeetingFormat.ONLINE, null);
        String plan = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":6,"title":"令和4年度事業計画の決定について","kind":"BUSINESS_PLAN"}""").location();
        String budget = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":7,"title":"令和4年度収支予算の決定について","kind":"BUDGET"}""").location();
        secretariat.post(plan + "/opening", "");
        secretariat.post(budget + "/opening", "");
        vote(plan, narita, "AGAINST");
        vote(budget, chiba, "FOR");
        secretariat.post(budget + "/closing", "");

        String eventId = UUID.randomUUID().toString();
        MemberWithdrawn withdrawn = new MemberWithdrawn(narita, "成田市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2022, 7, 20), "退会届の受理");
        infrastructure.publish(withdrawn, eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> secretariat.get(plan).json().get("voters").size() == 2);
        infrastructure.publish(withdrawn, eventId);
        infrastructure.publish(withdrawn, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("events", Topics.MEMBERSHIP);

        JsonNode open = secretariat.get(plan).json();
        assertThat(open.get("voters")).extracting(voter -> voter.get("memberId").asString()).containsExactlyInAnyOrder(chiba, sakura);
        assertThat(open.get("ballots")).isEmpty();
        assertThat(open.get("removedVoters")).singleElement().satisfies(removed -> {
            assertThat(removed.get("memberId").asString()).isEqualTo(narita);
            assertThat(removed.get("withdrawnOn").asString()).isEqualTo("2022-07-20");
        });
        assertThat(secretariat.get(budget).json().get("voters")).as("a decided proposal keeps its voters").hasSize(3);
        assertThat(secretariat.get("/api/voter-roll").json().get("active").asInt()).isEqualTo(2);
        assertThat(vote(plan, narita, "FOR").json().get("rule").asString()).isEqualTo("not-a-voter");
    }

    @Test
    void badRequestsNameTheirFieldAndChangeNothing() {
        String assembly = meeting("m-2022-general-assembly", MeetingKind.GENERAL_ASSEMBLY, MeetingFormat.ONLINE, null);
        String seminar = meeting("m-2022-seminar", MeetingKind.SEMINAR, MeetingFormat.ONLINE, null);

        Response noKind = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":7,"title":"令和4年度収支予算の決定について"}""");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.isProblem()).isTrue();
        assertThat(noKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        Response notAYear = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":7,"title":"令和4年度収支予算の決定について","kind":"BUDGET","subjectRef":"令和4年度"}""");
        assertThat(notAYear.status()).isEqualTo(400);
        assertThat(notAYear.json().get("errors").get(0).get("field").asString()).isEqualTo("subjectRef");
        Response noNumber = secretariat.post(agenda(assembly) + "/reports", """
                {"number":0,"title":"会員の退会について"}""");
        assertThat(noNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("number");
        assertThat(secretariat.get(agenda(assembly)).json().get("items")).isEmpty();

        assertThat(secretariat.post(agenda(assembly) + "/proposals", """
                {"number":7,"title":"令和4年度収支予算の決定について","kind":"BUDGET"}""").status()).isEqualTo(201);
        Response taken = secretariat.post(agenda(assembly) + "/proposals", """
                {"number":7,"title":"別の議案","kind":"OTHER"}""");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("rule").asString()).isEqualTo("agenda-number-taken");
        Response atASeminar = secretariat.post(agenda(seminar) + "/reports", """
                {"number":1,"title":"報告"}""");
        assertThat(atASeminar.json().get("rule").asString()).isEqualTo("meeting-decides-nothing");
        assertThat(secretariat.get(agenda("m-nowhere")).status()).isEqualTo(404);
        assertThat(secretariat.get("/api/proposals/m-nowhere-p1").status()).isEqualTo(404);
        assertThat(ApiClient.at(port).as(TestTokens.member("x")).post(agenda(assembly) + "/proposals", """
                {"number":8,"title":"x","kind":"OTHER"}""").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).get(agenda(assembly)).status()).isEqualTo(401);

        Response minutes = secretariat.put("/api/meetings/" + assembly + "/minutes", """
                {"text":"令和4年度通常総会議事録\\n議案第7号は原案どおり可決された。"}""");
        assertThat(minutes.status()).as(minutes.toString()).isEqualTo(200);
        assertThat(ApiClient.at(port).as(TestTokens.member("x")).get("/api/meetings/" + assembly + "/minutes").json()
                .get("text").asString()).startsWith("令和4年度通常総会議事録");
        assertThat(ApiClient.at(port).as(TestTokens.member("x")).put("/api/meetings/" + assembly + "/minutes", """
                {"text":"改ざん"}""").status()).isEqualTo(403);
        Response blank = secretariat.put("/api/meetings/" + assembly + "/minutes", """
                {"text":" "}""");
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    private String admit(String name, MemberCategory category) {
        String id = UUID.randomUUID().toString();
        infrastructure.publish(new MemberAdmitted(id, name, category, LocalDate.of(2013, 5, 27)), UUID.randomUUID().toString());
        return id;
    }

    private void awaitRoll(int active, int known) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode roll = secretariat.get("/api/voter-roll").json();
            return roll.get("active").asInt() == active && roll.get("entries").size() == known;
        });
    }

    private String meeting(String id, MeetingKind kind, MeetingFormat format, OffsetDateTime deadline) {
        OffsetDateTime start = OffsetDateTime.parse("2022-07-20T14:00:00+09:00");
        boolean written = format == MeetingFormat.WRITTEN;
        meetings.save(Meeting.schedule(id, new MeetingDetails(kind, "令和4年度 " + kind.label(), null, start,
                start.plusHours(2), format, written ? null : "https://meet.example.org/" + id, null, deadline, "事務局",
                List.of(), kind == MeetingKind.EXECUTIVE_COMMITTEE ? Audience.OFFICERS : Audience.MEMBERS, null, null,
                null, List.of(), null)));
        return id;
    }

    private Response vote(String proposal, String memberId, String choice) {
        return ApiClient.at(port).as(TestTokens.member(memberId)).post(proposal + "/votes", """
                {"choice":"%s"}""".formatted(choice));
    }

    private ConsumerRecord<String, byte[]> awaitDecision(String type, String proposalId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> decisions.records(type).stream()
                .filter(record -> proposalId.equals(record.key())).findFirst().orElse(null), found -> found != null);
    }

    private static String agenda(String meetingId) {
        return "/api/meetings/" + meetingId + "/agenda";
    }

    private static String proposal7Id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonNode sample(String path) throws Exception {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(path)) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
