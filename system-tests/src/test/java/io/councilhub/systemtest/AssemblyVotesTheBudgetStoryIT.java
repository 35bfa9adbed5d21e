package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.Topics;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 議案第7号 令和4年度収支予算の決定について, decided by a vote: the secretariat proposes the FY2022 budget in finance and
 * puts proposal 7 on the general assembly's agenda in events-service; the member organisations membership admitted
 * are its voters; they vote with their own users' tokens through the gateway, one of them by giving its proxy (委任状)
 * to another, whose answer it then counts as; the secretariat closes the vote, and
 * the ProposalApproved events-service publishes makes the FY2022 budget ADOPTED in finance, on the assembly's day.
 * Against a running stack (whose member tokens it cannot mint) the secretariat records the votes on their behalf.
 */
class AssemblyVotesTheBudgetStoryIT extends Story {

    @Test
    void theMembersApproveProposal7AtTheGeneralAssemblyAndFinanceAdoptsTheFiscal2022Budget() {
        String budget = proposeTheFiscal2022Budget();

        List<String> members = List.of(admit("ストーリー市"), admit("ストーリー町"), admit("ストーリー株式会社"));
        await().atMost(Duration.ofSeconds(60)).until(() -> activeVoters().containsAll(members));
        // The city's newsletter contact is on notification's member list, to which proposal outcomes go.
        String contact = "story-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        Response contacts = secretariat.put("/api/members/" + members.get(0) + "/contacts", """
                {"contacts":[{"name":"議決 太郎","email":"%s","roles":["PRIMARY","NEWSLETTER"]}]}""".formatted(contact));
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);

        String assembly = "m-story-" + UUID.randomUUID().toString().substring(0, 8);
        Response scheduled = secretariat.post("/api/meetings", """
                {"id":"%s","kind":"GENERAL_ASSEMBLY","title":"令和4年度ちば地域DX推進協議会 通常総会","startsAt":"2022-07-20T14:00:00+09:00",
                 "endsAt":"2022-07-20T16:00:00+09:00","format":"ONLINE","joinUrl":"https://meet.example.org/assembly",
                 "audience":"MEMBERS"}""".formatted(assembly));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        Response added = secretariat.post("/api/meetings/" + assembly + "/agenda/proposals", """
                {"number":7,"title":"令和4年度収支予算の決定について","kind":"BUDGET","subjectRef":"2022",
                 "explanation":"令和4年度収支予算について、次のとおり決定を求める。"}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String proposal7 = added.location();

        Response opened = secretariat.post(proposal7 + "/opening", "");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        List<String> voters = new ArrayList<>();
        opened.json().get("voters").forEach(voter -> voters.add(voter.get("memberId").asString()));
        assertThat(voters).containsAll(members);

        boolean ownTokens = stack.bootstrapServers() != null;
        if (ownTokens) {
            ApiClient city = ApiClient.at(stack.gatewayUrl()).as(TestTokens.member(members.get(0)));
            assertThat(city.post(proposal7 + "/votes", """
                    {"voter":"%s","choice":"AGAINST"}""".formatted(members.get(1))).status())
                    .as("an organisation answers only for itself").isEqualTo(403);
        }
        // The town will not attend: its 委任状 gives its vote to the city (not to itself), and counts as the city votes.
        String city = members.get(0);
        String town = members.get(1);
        ApiClient townClient = ownTokens ? ApiClient.at(stack.gatewayUrl()).as(TestTokens.member(town)) : secretariat;
        String onBehalf = ownTokens ? "" : "\"voter\":\"%s\",".formatted(town);
        Response toItself = townClient.post(proposal7 + "/proxies", """
                {%s"delegate":"%s"}""".formatted(onBehalf, town));
        assertThat(toItself.status()).as(toItself.toString()).isEqualTo(400);
        assertThat(toItself.toString()).contains("delegate");
        Response proxy = townClient.post(proposal7 + "/proxies", """
                {%s"delegate":"%s"}""".formatted(onBehalf, city));
        assertThat(proxy.status()).as(proxy.toString()).isEqualTo(201);
        assertThat(proxy.json().get("voter").asString()).isEqualTo(town);
        assertThat(proxy.json().get("delegate").asString()).isEqualTo(city);
        for (String voter : voters) {
            if (voter.equals(town)) {
                continue;
            }
            String choice = voter.equals(members.get(2)) ? "AGAINST" : "FOR";
            Response voted = ownTokens && members.contains(voter)
                    ? ApiClient.at(stack.gatewayUrl()).as(TestTokens.member(voter)).post(proposal7 + "/votes", """
                            {"choice":"%s"}""".formatted(choice))
                    : secretariat.post(proposal7 + "/votes", """
                            {"voter":"%s","choice":"%s"}""".formatted(voter, choice));
            assertThat(voted.status()).as(voted.toString()).isEqualTo(201);
        }

        // Where the town's vote ends up: the secretariat reads the city's answer; the town may not read it
        assertThat(secretariat.get(proposal7).json().get("ballots")).anySatisfy(ballot -> {
            assertThat(ballot.get("voter").asString()).isEqualTo(town);
            assertThat(ballot.get("countsAs").asString()).isEqualTo("FOR");
            assertThat(ballot.get("countsBy").asString()).isEqualTo(city);
        });
        if (ownTokens) {
            assertThat(townClient.get(proposal7).json().get("ballots")).singleElement()
                    .satisfies(own -> assertThat(own.get("countsAs").isNull()).as("the city's answer is the city's").isTrue());
        }

        Response closed = secretariat.post(proposal7 + "/closing", """
                {"decidedOn":"2022-07-20"}""");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode decision = closed.json().get("decision");
        assertThat(decision.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(decision.get("votes").get("votesAgainst").asInt()).isEqualTo(1);
        assertThat(decision.get("votes").get("votesFor").asInt()).as("the town's proxy votes as the city voted")
                .isEqualTo(voters.size() - 1);
        assertThat(decision.get("votes").get("participating").asInt()).isEqualTo(voters.size());

        await().atMost(Duration.ofSeconds(60)).until(() -> "ADOPTED".equals(secretariat.get(budget).json().get("status").asString()));
        JsonNode adopted = secretariat.get("/api/finance/fiscal-years/2022/budget").json();
        assertThat(adopted.get("id").asString()).isEqualTo(budget.substring(budget.lastIndexOf('/') + 1));
        assertThat(adopted.get("adoptedOn").asString()).isEqualTo("2022-07-20");
        assertThat(adopted.get("adoptedByProposal").asString()).isEqualTo(proposal7.substring(proposal7.lastIndexOf('/') + 1));

        Response again = secretariat.post(proposal7 + "/closing", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("proposal-closed");

        if (stack.mail() != null) {
            // The announcement reaches the SMTP server once: notification-service heard ProposalApproved.
            await().atMost(Duration.ofSeconds(60)).until(() -> announcementsTo(contact).size() == 1);
            stack.awaitConsumed("notification", Topics.MEETINGS);
            assertThat(announcementsTo(contact)).hasSize(1);
        }
    }

    private static List<MimeMessage> announcementsTo(String address) {
        return Arrays.stream(stack.mail().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().contains(address))
                        && message.getSubject().contains("第7号議案") && message.getSubject().contains("可決");
            } catch (MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    private static String admit(String name) {
        Response admitted = secretariat.post("/api/members", """
                {"name":"%s%s","category":"MUNICIPALITY","admittedOn":"2022-04-01"}"""
                .formatted(name, UUID.randomUUID().toString().substring(0, 4)));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
        return admitted.json().get("id").asString();
    }

    private static Set<String> activeVoters() {
        Set<String> ids = new HashSet<>();
        secretariat.get("/api/voter-roll").json().get("activeMembers").forEach(voter -> ids.add(voter.get("memberId").asString()));
        return ids;
    }

    /** As BudgetAdoptionStoryIT: a FY2022 draft (or a 補正予算 of an adopted one), balanced and proposed. */
    private static String proposeTheFiscal2022Budget() {
        String budget = Budgets.draftOrSupplement(secretariat);
        Response entered = secretariat.put(budget + "/lines", """
                {"section":"INCOME","account":"雑収入","amount":16004,"note":"情報通信月間行事援助金・預金利息"}""");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        Budgets.balance(secretariat, budget);
        Response proposed = secretariat.post(budget + "/proposal", """
                {"proposedOn":"2022-05-10"}""");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
        return budget;
    }
}
