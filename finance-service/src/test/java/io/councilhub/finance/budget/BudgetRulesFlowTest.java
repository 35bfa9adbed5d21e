package io.councilhub.finance.budget;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.councilhub.finance.budget.SeedBudgetTableTest.accounts;
import static io.councilhub.finance.budget.SeedBudgetTableTest.line;
import static io.councilhub.finance.budget.SeedBudgetTableTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The budget's rules as the secretariat and the other services meet them, over a real broker and store. Each test has its own years. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS) // its own roll and years: no context shared with another class
class BudgetRulesFlowTest extends ServiceApiTest {

    @Test
    void aBudgetIsProposedOnlyWhenIncomeEqualsExpenditureAndTheAnswerSaysByHowMuchTheyDiffer() {
        String budget = ok(secretariat.post("/api/finance/fiscal-years/2031/budget", "")).location();
        ok(secretariat.put(budget + "/lines", """
                {"section":"INCOME","account":"雑収入","amount":11200}"""));
        ok(secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"会議費","amount":10000}"""));

        JsonNode draft = secretariat.get(budget).json();
        assertThat(draft.get("balance").get("difference").asLong()).isEqualTo(1_200);
        assertThat(draft.get("balance").get("balanced").asBoolean()).isFalse();
        Response refused = secretariat.post(budget + "/proposal", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("rule").asString()).isEqualTo("budget-unbalanced");
        assertThat(refused.json().get("difference").asLong()).isEqualTo(1_200);
        assertThat(refused.json().get("label").asString()).startsWith("収入が支出を1,200円上回っています");
        assertThat(secretariat.get(budget).json().get("status").asString()).isEqualTo("DRAFT");

        ok(secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"会議費","amount":11200}"""));
        assertThat(ok(secretariat.post(budget + "/proposal", "{}")).json().get("status").asString()).isEqualTo("PROPOSED");
        Response frozen = secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"会議費","amount":1}""");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("rule").asString()).isEqualTo("budget-not-draft");
        assertThat(ok(secretariat.post(budget + "/adoption", """
                {"adoptedOn":"2031-05-27"}""")).json().get("status").asString()).isEqualTo("ADOPTED");
        assertThat(secretariat.post(budget + "/adoption", "{}").status()).isEqualTo(409);

        Response supplementary = secretariat.post("/api/finance/fiscal-years/2031/budget/supplementary", "");
        assertThat(supplementary.status()).as(supplementary.toString()).isEqualTo(201);
        assertThat(supplementary.json().get("id").asString()).isEqualTo("budget-2031-v2");
        assertThat(supplementary.json().get("title").asString()).isEqualTo("令和13年度収支補正予算(案)");
        assertThat(line(supplementary.json(), "expenditure", "会議費").get("amount").asLong()).isEqualTo(11_200);
        assertThat(secretariat.get("/api/finance/fiscal-years/2031/budget").json().get("id").asString()).isEqualTo("budget-2031-v2");
        assertThat(secretariat.get("/api/finance/budgets/budget-2031-v1").json().get("status").asString()).isEqualTo("ADOPTED");
        assertThat(secretariat.post("/api/finance/fiscal-years/2031/budget", "").status()).isEqualTo(409);
    }

    @Test
    void withdrawingAMunicipalityLowersTheDuesLineOfADraftButNotOfAnAdoptedBudgetWhichShowsTheForecastDifference() {
        for (int year : new int[] {2032, 2033}) {
            ok(secretariat.put("/api/finance/fiscal-years/" + year + "/dues-schedule", """
                    {"rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}}"""));
        }
        String leaving = UUID.randomUUID().toString();
        infrastructure.publish(new MemberAdmitted(leaving, "長南町", MemberCategory.MUNICIPALITY, LocalDate.of(2016, 4, 1)),
                UUID.randomUUID().toString());
        for (String name : new String[] {"市川市", "習志野市"}) {
            infrastructure.publish(new MemberAdmitted(UUID.randomUUID().toString(), name, MemberCategory.MUNICIPALITY,
                    LocalDate.of(2016, 4, 1)), UUID.randomUUID().toString());
        }
        String adopted = ok(secretariat.post("/api/finance/fiscal-years/2032/budget", "")).location();
        await().atMost(Duration.ofSeconds(60)).until(() -> dues(adopted) == 24_300);
        ok(secretariat.put(adopted + "/lines", """
                {"section":"EXPENDITURE","account":"会議費","amount":24300}"""));
        ok(secretariat.post(adopted + "/proposal", "{}"));
        ok(secretariat.post(adopted + "/adoption", "{}"));
        String draft = ok(secretariat.post("/api/finance/fiscal-years/2033/budget", "")).location();
        assertThat(dues(draft)).isEqualTo(24_300);
        assertThat(line(secretariat.get(draft).json(), "income", "負担金").get("note").asString()).isEqualTo("市町村8,100円×3");
        assertThat(accounts(secretariat.get(draft).json(), "expenditure")).containsExactly("企画活動費", "会議費");

        MemberWithdrawn withdrawn = new MemberWithdrawn(leaving, "長南町", MemberCategory.MUNICIPALITY,
                LocalDate.of(2022, 6, 30), "退会届の受理");
        String eventId = UUID.randomUUID().toString();
        infrastructure.publish(withdrawn, eventId);
        infrastructure.publish(withdrawn, eventId);
        await().atMost(Duration.ofSeconds(60)).until(() -> dues(draft) == 16_200);
        infrastructure.awaitConsumed("finance", Topics.MEMBERSHIP);

        JsonNode stillDraft = secretariat.get(draft).json();
        assertThat(line(stillDraft, "income", "負担金").get("note").asString()).isEqualTo("市町村8,100円×2");
        assertThat(line(stillDraft, "income", "負担金").get("lastYear").asLong()).isEqualTo(24_300);
        assertThat(line(stillDraft, "income", "負担金").get("changeDisplay").asString()).isEqualTo("△ 8,100");
        assertThat(stillDraft.get("forecastDifferences")).isEmpty();

        JsonNode kept = secretariat.get(adopted).json();
        assertThat(dues(adopted)).isEqualTo(24_300);
        assertThat(line(kept, "income", "負担金").get("note").asString()).isEqualTo("市町村8,100円×3");
        JsonNode difference = kept.get("forecastDifferences").valueStream()
                .filter(d -> d.get("account").asString().equals("負担金")).findFirst().orElseThrow();
        assertThat(difference.get("budgeted").asLong()).isEqualTo(24_300);
        assertThat(difference.get("forecast").asLong()).isEqualTo(16_200);
        assertThat(difference.get("difference").asLong()).isEqualTo(-8_100);
        assertThat(difference.get("differenceDisplay").asString()).isEqualTo("△ 8,100");
    }

    @Test
    void anActivityPlanApprovedTwiceIsGrantedOnceAndItsPaymentIsBookedToThePlanningLine() {
        String budget = ok(secretariat.post("/api/finance/fiscal-years/2034/budget", "")).location();
        ok(secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"企画活動費","amount":99000,"note":"部会活動助成費(見込)"}"""));
        assertThat(line(secretariat.get(budget).json(), "expenditure", "企画活動費").get("amount").asLong()).isEqualTo(99_000);

        ActivityPlanApproved plan = new ActivityPlanApproved("plan-2034-dx", "sc-dx", "DXリテラシー向上対策部会", 2034,
                155_000, LocalDate.of(2034, 5, 27));
        String eventId = UUID.randomUUID().toString();
        infrastructure.publish(plan, eventId);
        infrastructure.publish(plan, eventId);
        infrastructure.publish(plan, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("finance", Topics.SUBCOMMITTEES);

        JsonNode grants = ok(secretariat.get("/api/finance/fiscal-years/2034/grants")).json();
        assertThat(grants.get("grants")).hasSize(1);
        assertThat(grants.get("total").asLong()).isEqualTo(155_000);
        JsonNode planning = line(secretariat.get(budget).json(), "expenditure", "企画活動費");
        assertThat(planning.get("amount").asLong()).isEqualTo(155_000);
        assertThat(planning.get("note").asString()).isEqualTo("部会活動助成費(1部会)");
        try (TopicProbe finance = infrastructure.probe(Topics.FINANCE)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> finance.records(EventCatalogue.GRANT_ALLOCATED.wireName()).stream()
                    .anyMatch(record -> "grant-plan-2034-dx".equals(record.key())));
            assertThat(finance.records(EventCatalogue.GRANT_ALLOCATED.wireName()).stream()
                    .filter(record -> "grant-plan-2034-dx".equals(record.key()))).hasSize(1);
        }

        Response paid = secretariat.post("/api/finance/grants/grant-plan-2034-dx/payments", """
                {"paidOn":"2034-07-01","amount":100000}""");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.json().get("account").asString()).isEqualTo("企画活動費");
        Response tooMuch = secretariat.post("/api/finance/grants/grant-plan-2034-dx/payments", """
                {"paidOn":"2034-08-01","amount":60000}""");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        JsonNode ledger = ok(secretariat.get("/api/finance/fiscal-years/2034/ledger")).json();
        assertThat(ledger.get("entries")).hasSize(1);
        JsonNode actual = ledger.get("expenditure").valueStream()
                .filter(l -> l.get("account").asString().equals("企画活動費")).findFirst().orElseThrow();
        assertThat(actual.get("budgeted").asLong()).isEqualTo(155_000);
        assertThat(actual.get("actual").asLong()).isEqualTo(100_000);
        assertThat(ok(secretariat.get("/api/finance/grants/grant-plan-2034-dx")).json().get("remaining").asLong()).isEqualTo(55_000);
    }

    @Test
    void badAmountsAreRefusedAsProblemsNamingTheFieldAndChangeNothing() {
        String budget = ok(secretariat.post("/api/finance/fiscal-years/2035/budget", "")).location();
        String before = secretariat.get(budget).body();
        for (String amount : new String[] {"-1", "100.5", "1000000000001", "1e13", "\"many\"", "null"}) {
            Response refused = secretariat.put(budget + "/lines", """
                    {"section":"INCOME","account":"雑収入","amount":%s}""".formatted(amount));
            assertThat(refused.status()).as(amount + ": " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).as(amount).isTrue();
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(amount).isEqualTo("amount");
        }
        assertThat(secretariat.get(budget).body()).isEqualTo(before);
        assertThat(secretariat.put(budget + "/lines", """
                {"section":"INCOME","account":"雑収入","amount":100.0}""").status()).isEqualTo(200);

        Response fractionalReceipt = secretariat.post("/api/finance/ledger/receipts", """
                {"date":"2035-06-01","account":"雑収入","amount":100.5}""");
        assertThat(fractionalReceipt.status()).isEqualTo(400);
        assertThat(fractionalReceipt.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        Response unknownAccount = secretariat.post("/api/finance/ledger/receipts", """
                {"date":"2035-06-01","account":"寄付金","amount":100}""");
        assertThat(unknownAccount.status()).isEqualTo(400);
        assertThat(unknownAccount.json().get("errors").get(0).get("field").asString()).isEqualTo("account");
        assertThat(secretariat.get("/api/finance/fiscal-years/2035/ledger").json().get("entries")).isEmpty();
        Response noSection = secretariat.put(budget + "/lines", """
                {"account":"雑収入","amount":100}""");
        assertThat(noSection.status()).isEqualTo(400);
        assertThat(noSection.json().get("errors").get(0).get("field").asString()).isEqualTo("section");
    }

    @Test
    void theSecretariatWritesOfficersReadAndMembersDoNotSeeTheBooks() {
        String budget = ok(secretariat.post("/api/finance/fiscal-years/2036/budget", "")).location();
        ApiClient officer = ApiClient.at(port).as(TestTokens.officer());
        assertThat(officer.get(budget).status()).isEqualTo(200);
        assertThat(officer.get("/api/finance/fiscal-years/2036/budget").status()).isEqualTo(200);
        assertThat(officer.get(budget + "/table.csv").status()).isEqualTo(200);
        assertThat(officer.get("/api/finance/fiscal-years/2036/ledger").status()).isEqualTo(200);
        assertThat(officer.get("/api/finance/fiscal-years/2036/settlement").status()).isEqualTo(200);
        assertThat(officer.get("/api/finance/fiscal-years/2036/grants").status()).isEqualTo(200);
        assertThat(officer.put(budget + "/lines", """
                {"section":"INCOME","account":"雑収入","amount":1}""").status()).isEqualTo(403);
        assertThat(officer.post(budget + "/proposal", "{}").status()).isEqualTo(403);
        assertThat(officer.post("/api/finance/fiscal-years/2037/budget", "").status()).isEqualTo(403);
        assertThat(officer.post("/api/finance/ledger/receipts", """
                {"date":"2036-06-01","account":"負担金","amount":100}""").status()).isEqualTo(403);
        assertThat(officer.post("/api/finance/fiscal-years/2036/settlement/closing", "{}").status()).isEqualTo(403);
        ApiClient member = ApiClient.at(port).as(TestTokens.member("m-1"));
        assertThat(member.get(budget).status()).isEqualTo(403);
        assertThat(ApiClient.at(port).get(budget).status()).isEqualTo(401);
        assertThat(secretariat.get("/api/finance/budgets/budget-2099-v1").status()).isEqualTo(404);
    }

    @Test
    void approvalsThatAreNotFinancesChangeNothingAndABudgetApprovalAdoptsABalancedDraft() {
        String budget = ok(secretariat.post("/api/finance/fiscal-years/2038/budget", "")).location();
        infrastructure.publish(new ProposalApproved("p-2038-01", "m-2038", 1, "事業報告", ProposalKind.OTHER, "2038", 2038,
                LocalDate.of(2038, 5, 27)), UUID.randomUUID().toString());
        infrastructure.awaitConsumed("finance", Topics.MEETINGS);
        assertThat(secretariat.get(budget).json().get("status").asString()).isEqualTo("DRAFT");

        infrastructure.publish(new ProposalApproved("p-2038-07", "m-2038", 7, "収支予算", ProposalKind.BUDGET, "2038", 2038,
                LocalDate.of(2038, 5, 27)), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> "ADOPTED".equals(secretariat.get(budget).json().get("status").asString()));
        assertThat(secretariat.get(budget).json().get("proposedOn").asString()).isEqualTo("2038-05-27");
    }

    private long dues(String budget) {
        return line(secretariat.get(budget).json(), "income", "負担金").get("amount").asLong();
    }
}
