package io.councilhub.finance.settlement;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.finance.SettlementClosed;
import io.councilhub.finance.budget.Section;
import io.councilhub.finance.ledger.BudgetVsActual;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 収支決算: a fiscal year's books closed, the actual of every line of its adopted budget, and the result
 * (income actual less expenditure actual) carried forward as the next year's 前期繰越金. Closed once.
 */
@Document("settlements")
public class Settlement extends OutboxAggregate {

    @Id
    private String id;
    private int fiscalYear;
    private String budgetId;
    private List<SettledLine> lines;
    private long incomeTotalYen;
    private long expenditureTotalYen;
    private long carryForwardYen;
    private LocalDate closedOn;
    private String closedByProposal;

    private Settlement() {
    }

    public static String idOf(FiscalYear year) {
        return "settlement-" + year.startYear();
    }

    /** Closes the year as its ledger stands against its adopted budget, by the secretariat or by a proposal. */
    static Settlement close(BudgetVsActual actuals, LocalDate on, String proposalId) {
        Settlement settlement = new Settlement();
        settlement.id = idOf(actuals.fiscalYear());
        settlement.fiscalYear = actuals.fiscalYear().startYear();
        settlement.budgetId = actuals.budgetId();
        settlement.lines = actuals.lines().stream().map(line -> new SettledLine(line.section(), line.account(),
                line.budgeted().amount(), line.actual().amount())).toList();
        settlement.incomeTotalYen = actuals.actual(Section.INCOME).amount();
        settlement.expenditureTotalYen = actuals.actual(Section.EXPENDITURE).amount();
        settlement.carryForwardYen = actuals.result().amount();
        settlement.closedOn = Objects.requireNonNull(on, "closedOn");
        settlement.closedByProposal = proposalId;
        settlement.record(new SettlementClosed(settlement.id, settlement.fiscalYear, settlement.incomeTotalYen,
                settlement.expenditureTotalYen, settlement.carryForwardYen));
        return settlement;
    }

    public String id() {
        return id;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public String budgetId() {
        return budgetId;
    }

    public List<SettledLine> lines() {
        return List.copyOf(lines);
    }

    public Yen incomeTotal() {
        return Yen.of(incomeTotalYen);
    }

    public Yen expenditureTotal() {
        return Yen.of(expenditureTotalYen);
    }

    /** 次期繰越金: what the next year's budget receives as its 前期繰越金. */
    public Yen carryForward() {
        return Yen.of(carryForwardYen);
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedByProposal() {
        return closedByProposal;
    }
}
