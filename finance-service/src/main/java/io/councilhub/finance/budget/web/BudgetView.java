package io.councilhub.finance.budget.web;

import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Balance;
import io.councilhub.finance.budget.Budget;
import io.councilhub.finance.budget.BudgetLine;
import io.councilhub.finance.budget.BudgetStatus;
import io.councilhub.finance.budget.ForecastDifference;
import io.councilhub.finance.budget.LineBasis;
import io.councilhub.finance.budget.Section;

import java.time.LocalDate;
import java.util.List;

/**
 * A budget as the packet's table (収支予算): each section's lines with amount, last year's amount and the
 * change, as integers and as printed ({@code 494,100}, {@code △ 63,900}), the totals, the balance, and for
 * a proposed or adopted budget how far its derived lines' sources have moved since.
 */
record BudgetView(String id, int fiscalYear, String label, int version, BudgetStatus status, String title,
                  String basedOn, LocalDate proposedOn, LocalDate adoptedOn, String adoptedByProposal,
                  SectionView income, SectionView expenditure, BalanceView balance,
                  List<DifferenceView> forecastDifferences) {

    static final String TOTAL = "合計";

    record LineView(String account, LineBasis basis, long amount, long lastYear, long change, String amountDisplay,
                    String lastYearDisplay, String changeDisplay, String note) {

        static LineView of(BudgetLine line) {
            return of(line.account(), line.basis(), line.amount(), line.lastYear(), line.note());
        }

        static LineView of(String account, LineBasis basis, Yen amount, Yen lastYear, String note) {
            Yen change = amount.minus(lastYear);
            return new LineView(account, basis, amount.amount(), lastYear.amount(), change.amount(), amount.formatPlain(),
                    lastYear.formatPlain(), change.formatPlain(), note);
        }
    }

    record SectionView(Section section, String heading, List<LineView> lines, LineView total) {

        static SectionView of(Budget budget, Section section) {
            List<BudgetLine> lines = budget.linesOf(section);
            Yen amount = lines.stream().map(BudgetLine::amount).reduce(Yen.ZERO, Yen::plus);
            Yen lastYear = lines.stream().map(BudgetLine::lastYear).reduce(Yen.ZERO, Yen::plus);
            return new SectionView(section, "【" + section.label() + "】", lines.stream().map(LineView::of).toList(),
                    LineView.of(TOTAL, null, amount, lastYear, null));
        }
    }

    record BalanceView(long incomeTotal, long expenditureTotal, long difference, boolean balanced, String label) {

        static BalanceView of(Balance balance) {
            return new BalanceView(balance.incomeTotal().amount(), balance.expenditureTotal().amount(),
                    balance.difference().amount(), balance.balanced(), balance.label());
        }
    }

    record DifferenceView(Section section, String account, long budgeted, long forecast, long difference,
                          String differenceDisplay) {

        static DifferenceView of(ForecastDifference difference) {
            return new DifferenceView(difference.section(), difference.account(), difference.budgeted().amount(),
                    difference.forecast().amount(), difference.difference().amount(), difference.difference().formatPlain());
        }
    }

    static BudgetView of(Budget budget, List<ForecastDifference> differences) {
        return new BudgetView(budget.id(), budget.fiscalYear().startYear(), budget.fiscalYear().label(),
                budget.budgetVersion(), budget.status(), budget.title(), budget.basedOn(), budget.proposedOn(),
                budget.adoptedOn(), budget.adoptedByProposal(), SectionView.of(budget, Section.INCOME),
                SectionView.of(budget, Section.EXPENDITURE), BalanceView.of(budget.balance()),
                differences.stream().map(DifferenceView::of).toList());
    }
}
