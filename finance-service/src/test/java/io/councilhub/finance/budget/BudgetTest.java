package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.domain.Yen;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetTest {

    private static final LocalDate MAY = LocalDate.of(2022, 5, 27);

    @Test
    void anUnbalancedBudgetIsNotProposedAndSaysByHowMuchItDiffers() {
        Budget budget = Budget.draft(FiscalYear.of(2022), Optional.empty());
        budget.enter(Section.INCOME, "雑収入", Yen.of(11_200), null, null, null);
        budget.enter(Section.EXPENDITURE, "会議費", Yen.of(10_000), null, null, null);

        assertThatThrownBy(() -> budget.propose(MAY)).isInstanceOfSatisfying(UnbalancedBudgetException.class,
                unbalanced -> assertThat(unbalanced.balance().difference()).isEqualTo(Yen.of(1_200)));
        assertThat(budget.status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(budget.pendingEvents()).isEmpty();
        assertThat(budget.balance().label()).startsWith("収入が支出を1,200円上回っています");
    }

    @Test
    void aDraftFollowsItsSourcesAndAProposedBudgetKeepsItsFigures() {
        Budget budget = Budget.draft(FiscalYear.of(2022), Optional.empty());
        budget.enter(Section.EXPENDITURE, "会議費", Yen.of(24_300), null, null, 1);
        budget.refresh(figures(24_300), Map.of());
        assertThat(budget.line(Section.INCOME, Budget.DUES_ACCOUNT).orElseThrow().amount()).isEqualTo(Yen.of(24_300));

        budget.propose(MAY);
        budget.refresh(figures(16_200), Map.of());

        assertThat(budget.line(Section.INCOME, Budget.DUES_ACCOUNT).orElseThrow().amount()).isEqualTo(Yen.of(24_300));
        assertThat(budget.title()).isEqualTo("令和4年度収支予算(案)");
    }

    @Test
    void adoptionHappensOnceAndOnlyASupplementaryBudgetChangesAnAdoptedOne() {
        Budget budget = Budget.draft(FiscalYear.of(2022), Optional.empty());
        assertThatThrownBy(() -> budget.adopt(MAY, "p-7")).isInstanceOf(RuleViolationException.class);
        budget.propose(MAY);

        assertThat(budget.adopt(MAY, "p-7")).isTrue();
        assertThat(budget.adopt(MAY, "p-7")).isFalse();
        assertThat(budget.pendingEvents()).hasSize(2);
        assertThatThrownBy(() -> budget.enter(Section.INCOME, "雑収入", Yen.of(1), null, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, rule -> assertThat(rule.code()).isEqualTo("budget-not-draft"));

        Budget supplementary = budget.supplementary();
        assertThat(supplementary.id()).isEqualTo("budget-2022-v2");
        assertThat(supplementary.status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(supplementary.basedOn()).isEqualTo("budget-2022-v1");
        assertThat(supplementary.title()).isEqualTo("令和4年度収支補正予算(案)");
    }

    @Test
    void onlyTheDuesLineIsDerivedFromDues() {
        Budget budget = Budget.draft(FiscalYear.of(2022), Optional.empty());
        assertThatThrownBy(() -> budget.enter(Section.INCOME, "雑収入", Yen.of(1), null, LineBasis.DUES, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, invalid -> assertThat(invalid.field()).isEqualTo("basis"));
    }

    private static DerivedFigures figures(long dues) {
        return new DerivedFigures(Optional.of(new DerivedFigures.Figure(Yen.of(dues), "市町村8,100円×3")),
                Optional.empty(), Optional.empty());
    }
}
