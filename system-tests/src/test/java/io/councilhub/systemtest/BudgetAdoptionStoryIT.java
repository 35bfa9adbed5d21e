package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 議案7 令和4年度収支予算の決定について: the secretariat drafts the FY2022 budget, balances it and proposes it;
 * the general assembly approves proposal 7, the decision reaching finance as events-service's ProposalApproved
 * (kind BUDGET), twice, as at-least-once delivery may bring it. Through the gateway the budget is then ADOPTED,
 * once, on the day of the assembly, and its title loses its (案).
 */
class BudgetAdoptionStoryIT extends Story {

    @Test
    void theGeneralAssemblyApprovesProposal7AndTheFiscal2022BudgetIsAdopted() {
        String budget = Budgets.draftOrSupplement(secretariat);
        Response entered = secretariat.put(budget + "/lines", """
                {"section":"INCOME","account":"雑収入","amount":16004,"note":"情報通信月間行事援助金・預金利息"}""");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        Budgets.balance(secretariat, budget);

        Response proposed = secretariat.post(budget + "/proposal", """
                {"proposedOn":"2022-05-10"}""");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
        long total = proposed.json().get("income").get("total").get("amount").asLong();

        ProposalApproved proposal7 = new ProposalApproved("proposal-" + UUID.randomUUID(), "general-assembly-2022", 7,
                "令和4年度収支予算の決定について", ProposalKind.BUDGET, "2022", 2022, LocalDate.of(2022, 5, 27));
        stack.publish(proposal7, UUID.randomUUID().toString());
        stack.publish(proposal7, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> "ADOPTED".equals(secretariat.get(budget).json().get("status").asString()));
        JsonNode adopted = secretariat.get("/api/finance/fiscal-years/2022/budget").json();
        assertThat(adopted.get("id").asString()).isEqualTo(budget.substring(budget.lastIndexOf('/') + 1));
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("adoptedOn").asString()).isEqualTo("2022-05-27");
        assertThat(adopted.get("adoptedByProposal").asString()).isEqualTo(proposal7.proposalId());
        assertThat(adopted.get("title").asString()).startsWith("令和4年度収支").doesNotContain("(案)");
        assertThat(adopted.get("income").get("total").get("amount").asLong()).isEqualTo(total);
        assertThat(adopted.get("balance").get("balanced").asBoolean()).isTrue();

        Response changed = secretariat.put(budget + "/lines", """
                {"section":"INCOME","account":"雑収入","amount":1}""");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("rule").asString()).isEqualTo("budget-not-draft");
    }
}
