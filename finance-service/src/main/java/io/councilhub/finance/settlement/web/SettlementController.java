package io.councilhub.finance.settlement.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Section;
import io.councilhub.finance.ledger.BudgetVsActual;
import io.councilhub.finance.settlement.SettledLine;
import io.councilhub.finance.settlement.Settlement;
import io.councilhub.finance.settlement.SettlementBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /api/finance/fiscal-years/{year}/settlement}: a year's 収支決算, open (the budget against the ledger
 * so far) or closed; the secretariat closes it.
 */
@RestController
@RequestMapping("/api/finance/fiscal-years/{year}/settlement")
class SettlementController {

    private final SettlementBook settlements;

    SettlementController(SettlementBook settlements) {
        this.settlements = settlements;
    }

    record ClosingRequest(LocalDate closedOn) {
    }

    record LineView(Section section, String account, long budgeted, long actual, long difference, String actualDisplay,
                    String differenceDisplay) {

        static LineView of(Section section, String account, Yen budgeted, Yen actual) {
            Yen difference = actual.minus(budgeted);
            return new LineView(section, account, budgeted.amount(), actual.amount(), difference.amount(),
                    actual.formatPlain(), difference.formatPlain());
        }
    }

    record SettlementView(String id, int fiscalYear, String label, String title, boolean closed, LocalDate closedOn,
                          String closedByProposal, String budgetId, List<LineView> income, List<LineView> expenditure,
                          long incomeTotal, long expenditureTotal, long carryForward, String carryForwardDisplay) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    SettlementView get(@PathVariable FiscalYear year) {
        return settlements.closed(year).map(SettlementController::view).orElseGet(() -> preview(settlements.preview(year)));
    }

    @PostMapping("/closing")
    @PreAuthorize("hasRole('SECRETARIAT')")
    SettlementView close(@PathVariable FiscalYear year, @RequestBody(required = false) ClosingRequest request) {
        LocalDate on = request == null || request.closedOn() == null ? LocalDate.now(ZoneId.of("Asia/Tokyo")) : request.closedOn();
        return view(settlements.close(year, on));
    }

    private static SettlementView view(Settlement settlement) {
        FiscalYear year = settlement.fiscalYear();
        return new SettlementView(settlement.id(), year.startYear(), year.label(), year.label() + "収支決算", true,
                settlement.closedOn(), settlement.closedByProposal(), settlement.budgetId(),
                lines(settlement.lines(), Section.INCOME), lines(settlement.lines(), Section.EXPENDITURE),
                settlement.incomeTotal().amount(), settlement.expenditureTotal().amount(),
                settlement.carryForward().amount(), settlement.carryForward().formatPlain());
    }

    private static List<LineView> lines(List<SettledLine> lines, Section section) {
        return lines.stream().filter(line -> line.section() == section)
                .map(line -> LineView.of(section, line.account(), line.budgeted(), line.actual())).toList();
    }

    private static SettlementView preview(BudgetVsActual actuals) {
        FiscalYear year = actuals.fiscalYear();
        return new SettlementView(Settlement.idOf(year), year.startYear(), year.label(), year.label() + "収支決算(見込)",
                false, null, null, actuals.budgetId(), previewLines(actuals, Section.INCOME),
                previewLines(actuals, Section.EXPENDITURE), actuals.actual(Section.INCOME).amount(),
                actuals.actual(Section.EXPENDITURE).amount(), actuals.result().amount(), actuals.result().formatPlain());
    }

    private static List<LineView> previewLines(BudgetVsActual actuals, Section section) {
        return actuals.lines(section).stream()
                .map(line -> LineView.of(section, line.account(), line.budgeted(), line.actual())).toList();
    }
}
