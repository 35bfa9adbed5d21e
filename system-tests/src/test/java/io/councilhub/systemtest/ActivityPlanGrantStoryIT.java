package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 部会活動企画の承認: the two subcommittees of the packet submit their FY2022 activity plans (the devstack's demo plans:
 * 155,000円 and 110,000円); the general assembly approves each by an ACTIVITY_PLAN proposal, one decision delivered
 * twice. subcommittee-service approves each plan once and publishes ActivityPlanApproved; finance allocates the grants;
 * through the gateway the FY2022 budget's 企画活動費 reads 265,000円, derived from the grants.
 */
class ActivityPlanGrantStoryIT extends Story {

    private static final Path DEMO = Path.of(System.getProperty("councilhub.stack.root", ".."), "infra", "devstack", "src",
            "main", "resources", "demo");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void approvingBothFiscal2022PlansMakesThePlanningLine265000() {
        String budget = draftBudgetFiscal2022();
        Map<String, String> plans = submittedPlansFiscal2022();
        assertThat(plans).hasSize(2);

        int number = 8;
        for (Map.Entry<String, String> plan : plans.entrySet()) {
            ProposalApproved approval = new ProposalApproved("proposal-" + UUID.randomUUID(), "general-assembly-2022", number++,
                    "令和4年度部会活動企画の承認について（" + plan.getKey() + "）", ProposalKind.ACTIVITY_PLAN, plan.getValue(), 2022,
                    LocalDate.of(2022, 5, 27));
            String eventId = UUID.randomUUID().toString();
            stack.publish(approval, eventId);
            if (number == 9) {
                stack.publish(approval, eventId); // at-least-once: the same decision delivered again
                stack.publish(approval, UUID.randomUUID().toString()); // and the decision published twice
            }
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> plans.values().stream().allMatch(plan ->
                "APPROVED".equals(secretariat.get("/api/subcommittees/plans/" + plan).json().get("status").asString())));
        long granted = plans.values().stream()
                .mapToLong(plan -> secretariat.get("/api/subcommittees/plans/" + plan).json().get("grant").asLong()).sum();
        assertThat(granted).isEqualTo(265_000);

        await().atMost(Duration.ofSeconds(90)).until(() -> planningLine(budget).get("amount").asLong() == 265_000);
        JsonNode line = planningLine(budget);
        assertThat(line.get("amountDisplay").asString()).isEqualTo("265,000");
        JsonNode grants = secretariat.get("/api/finance/fiscal-years/2022/grants").json();
        for (String plan : plans.values()) {
            assertThat(grants.toString()).contains(plan);
        }

        Response page = secretariat.get("/api/subcommittees/plans/" + plans.get("sc-dx-literacy") + ".html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("承認済（助成額 155,000円）", "<td class=\"num\">114,220円</td>");
    }

    /** The plans as the devstack's demo has them: found on a running stack, or entered here (with the FY2021 reports). */
    private static Map<String, String> submittedPlansFiscal2022() {
        Map<String, String> plans = existing("/api/subcommittees/plans?fiscalYear=2022");
        if (plans.size() == 2) {
            return plans;
        }
        establish("sc-dx-literacy", "ITリテラシ向上対策部会", "特定非営利活動法人 ITC ちば経営応援隊", "浅井 鉄夫");
        ok(secretariat.post("/api/subcommittees/sc-dx-literacy/rename", """
                {"name":"DXリテラシ向上対策部会","effectiveOn":"2022-04-01"}"""));
        establish("sc-data-use", "データ活用部会", "Code for NAGAREYAMA", "白澤 美幸");
        enter("subcommittee-reports-2021.json", "reports", "/api/subcommittees/reports", "reportedOn", "/filing");
        enter("subcommittee-plans-2022.json", "plans", "/api/subcommittees/plans", "submittedOn", "/submission");
        return existing("/api/subcommittees/plans?fiscalYear=2022");
    }

    private static Map<String, String> existing(String path) {
        Map<String, String> ids = new LinkedHashMap<>();
        ok(secretariat.get(path)).json().valueStream()
                .forEach(plan -> ids.put(plan.get("subcommitteeId").asString(), plan.get("id").asString()));
        return ids;
    }

    private static void establish(String id, String name, String organisation, String person) {
        ok(secretariat.post("/api/subcommittees", """
                {"id":"%s","kind":"SUBCOMMITTEE","name":"%s","establishedOn":"2013-05-27",
                 "representative":{"memberId":"member-%s","organisation":"%s","person":"%s"}}"""
                .formatted(id, name, id, organisation, person)));
    }

    private static void enter(String file, String array, String path, String dateField, String step) {
        for (JsonNode entry : JSON.readTree(DEMO.resolve(file).toFile()).get(array)) {
            ObjectNode body = ((ObjectNode) entry).deepCopy();
            String on = body.remove(dateField).asString();
            String id = ok(secretariat.post(path, JSON.writeValueAsString(body))).json().get("id").asString();
            ok(secretariat.post(path + "/" + id + step, "{\"" + dateField + "\":\"" + on + "\"}"));
        }
    }

    /** The FY2022 budget whose 企画活動費 follows the grants: a draft, or on a stack that adopted one, its 補正予算. */
    private static String draftBudgetFiscal2022() {
        Response drafted = secretariat.post("/api/finance/fiscal-years/2022/budget", "");
        if (drafted.status() == 201) {
            return drafted.location();
        }
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(409);
        JsonNode latest = secretariat.get("/api/finance/fiscal-years/2022/budget").json();
        if ("DRAFT".equals(latest.get("status").asString())) {
            return "/api/finance/budgets/" + latest.get("id").asString();
        }
        Response supplementary = secretariat.post("/api/finance/fiscal-years/2022/budget/supplementary", "");
        assertThat(supplementary.status()).as(supplementary.toString()).isEqualTo(201);
        return supplementary.location();
    }

    private static JsonNode planningLine(String budget) {
        for (JsonNode line : secretariat.get(budget).json().get("expenditure").get("lines")) {
            if (line.get("account").asString().equals("企画活動費")) {
                return line;
            }
        }
        throw new AssertionError("no 企画活動費 line on " + budget);
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
