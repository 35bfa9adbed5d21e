package io.councilhub.finance.ledger;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Budget;
import io.councilhub.finance.budget.BudgetBook;
import io.councilhub.finance.budget.BudgetLine;
import io.councilhub.finance.budget.Section;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger: books receipts and payments to the lines of their fiscal year's budget and sums them per
 * line. A year whose settlement is closed takes no more entries.
 */
@Service
public class Ledger {

    static final int MAX_TEXT = 200;

    private final LedgerEntries entries;
    private final ClosedYears closedYears;
    private final BudgetBook budgets;
    private final Clock clock = Clock.systemUTC();

    Ledger(LedgerEntries entries, ClosedYears closedYears, BudgetBook budgets) {
        this.entries = entries;
        this.closedYears = closedYears;
        this.budgets = budgets;
    }

    /** Books a receipt or payment of {@code amount} on {@code date} to the line {@code account} of that year's budget. */
    public LedgerEntry book(EntryKind kind, LocalDate date, String account, Yen amount, String description,
                            String counterparty, String grantId) {
        FiscalYear year = FiscalYear.of(date);
        if (closedYears.existsById(year.startYear())) {
            throw new RuleViolationException("books-closed", "the " + year.label() + " settlement is closed; nothing more is booked to it");
        }
        Budget budget = budgets.latest(year).orElseThrow(() -> new RuleViolationException("no-budget",
                year.label() + " has no budget to book against"));
        String name = account == null ? "" : account.strip();
        if (budget.line(kind.section(), name).isEmpty()) {
            throw new InvalidFieldException("account", "no line '" + name + "' in the " + kind.section().label()
                    + " of " + budget.id());
        }
        if (amount.amount() <= 0) {
            throw new InvalidFieldException("amount", "must be more than zero");
        }
        return entries.save(new LedgerEntry(UUID.randomUUID().toString(), year.startYear(), kind, date, name,
                amount.amount(), text("description", description), text("counterparty", counterparty), grantId,
                clock.instant()));
    }

    public List<LedgerEntry> entries(FiscalYear year) {
        return entries.findByFiscalYearOrderByDateAscBookedAtAsc(year.startYear());
    }

    /** What was paid out on a grant so far. */
    public Yen paidOn(String grantId) {
        return entries.findByGrantId(grantId).stream().map(LedgerEntry::amount).reduce(Yen.ZERO, Yen::plus);
    }

    /**
     * The budget in force (the adopted version, else the newest) against the ledger. The 前期繰越金 is
     * received in full when the year opens, so its actual is its budgeted figure.
     */
    public BudgetVsActual budgetVsActual(FiscalYear year) {
        Budget budget = budgets.adopted(year).or(() -> budgets.latest(year))
                .orElseThrow(() -> new NotFoundException("budget of", year.label()));
        return against(budget);
    }

    /** {@link #budgetVsActual} for the adopted budget only: what a settlement closes. */
    public BudgetVsActual adoptedBudgetVsActual(FiscalYear year) {
        return against(budgets.adopted(year).orElseThrow(() -> new RuleViolationException("budget-not-adopted",
                year.label() + " has no adopted budget to settle")));
    }

    private BudgetVsActual against(Budget budget) {
        Map<Section, Map<String, Yen>> actual = new LinkedHashMap<>();
        for (LedgerEntry entry : entries(budget.fiscalYear())) {
            actual.computeIfAbsent(entry.kind().section(), section -> new LinkedHashMap<>())
                    .merge(entry.account(), entry.amount(), Yen::plus);
        }
        List<LineActual> lines = new ArrayList<>();
        for (Section section : Section.values()) {
            Map<String, Yen> booked = new LinkedHashMap<>(actual.getOrDefault(section, Map.of()));
            for (BudgetLine line : budget.linesOf(section)) {
                Yen onLine = booked.getOrDefault(line.account(), Yen.ZERO);
                booked.remove(line.account());
                lines.add(new LineActual(section, line.account(), line.amount(),
                        carriedForward(section, line) ? line.amount().plus(onLine) : onLine));
            }
            booked.forEach((account, amount) -> lines.add(new LineActual(section, account, Yen.ZERO, amount)));
        }
        return new BudgetVsActual(budget.fiscalYear(), budget.id(), lines);
    }

    private static boolean carriedForward(Section section, BudgetLine line) {
        return section == Section.INCOME && Budget.CARRY_FORWARD_ACCOUNT.equals(line.account());
    }

    /** Closes a year's books (the settlement does this first); closing twice is harmless. */
    public void close(FiscalYear year, LocalDate on) {
        if (!closedYears.existsById(year.startYear())) {
            closedYears.save(new ClosedYear(year.startYear(), on));
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new InvalidFieldException(field, "must be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
