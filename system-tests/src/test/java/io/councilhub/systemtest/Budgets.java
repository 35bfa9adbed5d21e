package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafting the FY2022 budget through the gateway, as the stories about its adoption need it. */
final class Budgets {

    private Budgets() {
    }

    /** The FY2022 budget to propose: a new draft, or on a stack that has one, that one (or a 補正予算 of an adopted one). */
    static String draftOrSupplement(ApiClient secretariat) {
        Response drafted = secretariat.post("/api/finance/fiscal-years/2022/budget", "");
        if (drafted.status() == 201) {
            return drafted.location();
        }
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(409);
        JsonNode latest = secretariat.get("/api/finance/fiscal-years/2022/budget").json();
        if ("ADOPTED".equals(latest.get("status").asString())) {
            Response supplementary = secretariat.post("/api/finance/fiscal-years/2022/budget/supplementary", "");
            assertThat(supplementary.status()).as(supplementary.toString()).isEqualTo(201);
            return supplementary.location();
        }
        return "/api/finance/budgets/" + latest.get("id").asString();
    }

    /** Makes expenditure equal income by setting the reserve (雑費・予備費) to what is left over. */
    static void balance(ApiClient secretariat, String budget) {
        JsonNode draft = secretariat.get(budget).json();
        long reserve = 0;
        for (JsonNode line : draft.get("expenditure").get("lines")) {
            if (line.get("account").asString().equals("雑費・予備費")) {
                reserve = line.get("amount").asLong();
            }
        }
        long difference = draft.get("balance").get("difference").asLong();
        Response balanced = secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"雑費・予備費","amount":%d,"note":"パソコン等廃棄処分費"}"""
                .formatted(Math.max(0, reserve + difference)));
        assertThat(balanced.status()).as(balanced.toString()).isEqualTo(200);
        assertThat(balanced.json().get("balance").get("difference").asLong()).as(balanced.body()).isZero();
    }
}
