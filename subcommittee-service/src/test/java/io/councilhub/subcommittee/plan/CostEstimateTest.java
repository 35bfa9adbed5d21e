package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.subcommittee.plan.CostEstimate.Draft;
import io.councilhub.subcommittee.plan.CostEstimate.FactorDraft;
import io.councilhub.subcommittee.plan.Factor.Kind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostEstimateTest {

    @Test
    void anItemWithoutFactorsCostsItsUnitPrice() {
        CostItem item = new CostItem(null, "事前調査および事前アンケート実施", 10_000, List.of(), null);
        assertThat(item.amount()).isEqualTo(Yen.of(10_000));
        assertThat(item.quantityLabel()).isEmpty();
        assertThat(item.basis()).isEqualTo("10,000円");
    }

    @Test
    void anItemWithOneFactorMultipliesByIt() {
        CostItem item = new CostItem(null, "Web会議ソフト使用料", 2_000, List.of(Factor.of(Kind.MONTHS, 9)), "（7月～3月）");
        assertThat(item.amount()).isEqualTo(Yen.of(18_000));
        assertThat(item.basis()).isEqualTo("@2,000円×9か月");
    }

    @Test
    void anItemWithThreeFactorsMultipliesByTheirProduct() {
        CostItem item = new CostItem("共同研究会", "運営報酬", 3_000,
                List.of(Factor.of(Kind.PEOPLE, 3), Factor.of(Kind.TIMES, 3), Factor.of(Kind.PLACES, 2)), null);
        assertThat(item.amount()).isEqualTo(Yen.of(54_000));
        assertThat(item.quantityLabel()).isEqualTo("3名×3回×2か所");
    }

    @Test
    void anEmptyUnitPrintsTheBareNumber() {
        assertThat(new Factor(Kind.TIMES, 1, "").label()).isEqualTo("1");
        assertThat(new Factor(Kind.TIMES, 1, null).label()).isEqualTo("1回");
    }

    @Test
    void anAmountBeyondWhatYenHoldsIsRefusedNamingTheItem() {
        List<FactorDraft> factors = List.of(new FactorDraft(Kind.PEOPLE, 10_000, null), new FactorDraft(Kind.TIMES, 10_000, null),
                new FactorDraft(Kind.MONTHS, 10_000, null), new FactorDraft(Kind.PLACES, 10_000, null));
        assertThatThrownBy(() -> CostEstimate.of(List.of(draft(1_000), new Draft(null, "巨額", 1_000_000_000L, factors, null))))
                .isInstanceOfSatisfying(InvalidFieldException.class, invalid ->
                        assertThat(invalid.field()).isEqualTo("items[1].unitPrice"));
    }

    @Test
    void aTotalBeyondWhatYenHoldsIsRefused() {
        List<FactorDraft> factors = List.of(new FactorDraft(Kind.PEOPLE, 10_000, null), new FactorDraft(Kind.TIMES, 10_000, null),
                new FactorDraft(Kind.MONTHS, 90, null));
        List<Draft> items = List.of(new Draft(null, "高額1", 1_000_000_000L, factors, null),
                new Draft(null, "高額2", 1_000_000_000L, factors, null)); // 9e18 each fits a long; their sum does not
        assertThat(CostEstimate.of(items.subList(0, 1)).total().amount()).isEqualTo(9_000_000_000_000_000_000L);
        assertField(items, "items");
    }

    @Test
    void badPartsAreNamedByTheirPlace() {
        assertField(List.of(draft(1), draft(2), draft(0)), "items[2].unitPrice");
        assertField(List.of(draft(1), new Draft(null, " ", 100L, null, null)), "items[1].description");
        assertField(List.of(new Draft(null, "x", 100L, List.of(new FactorDraft(Kind.PEOPLE, 0, null)), null)),
                "items[0].factors[0].quantity");
        assertField(List.of(new Draft(null, "x", 100L, List.of(new FactorDraft(Kind.PEOPLE, 2, null),
                new FactorDraft(Kind.PEOPLE, 3, null)), null)), "items[0].factors[1].kind");
        assertField(List.of(new Draft(null, "x", 100L, List.of(new FactorDraft(null, 2, null)), null)),
                "items[0].factors[0].kind");
    }

    /** The packet's two FY2022 estimates, read from the devstack's demo data: 155,000 and 110,000, item by item. */
    @Test
    void theSeedEstimatesTotal155000And110000() {
        JsonNode plans = JsonMapper.builder().build()
                .readTree(Path.of("../infra/devstack/src/main/resources/demo/subcommittee-plans-2022.json").toFile())
                .get("plans");
        CostEstimate dx = estimate(plans.get(0));
        assertThat(dx.items()).extracting(item -> item.amount().amount())
                .containsExactly(10_000L, 8_000L, 18_000L, 40_000L, 36_000L, 27_000L, 6_000L, 10_000L);
        assertThat(dx.total().format()).isEqualTo("155,000円");
        CostEstimate data = estimate(plans.get(1));
        assertThat(data.items()).extracting(item -> item.amount().amount()).containsExactly(30_000L, 60_000L, 20_000L);
        assertThat(data.total().format()).isEqualTo("110,000円");
    }

    private static CostEstimate estimate(JsonNode plan) {
        List<Draft> drafts = new ArrayList<>();
        for (JsonNode item : plan.get("items")) {
            List<FactorDraft> factors = new ArrayList<>();
            if (item.has("factors")) {
                for (JsonNode factor : item.get("factors")) {
                    factors.add(new FactorDraft(Kind.valueOf(factor.get("kind").asString()), factor.get("quantity").asInt(),
                            factor.has("unit") ? factor.get("unit").asString() : null));
                }
            }
            drafts.add(new Draft(item.has("heading") ? item.get("heading").asString() : null,
                    item.get("description").asString(), item.get("unitPrice").asLong(), factors, null));
        }
        return CostEstimate.of(drafts);
    }

    private static Draft draft(long unitPrice) {
        return new Draft(null, "項目", unitPrice, List.of(), null);
    }

    private static void assertField(List<Draft> drafts, String field) {
        assertThatThrownBy(() -> CostEstimate.of(drafts)).isInstanceOfSatisfying(InvalidFieldException.class,
                invalid -> assertThat(invalid.field()).isEqualTo(field));
    }
}
