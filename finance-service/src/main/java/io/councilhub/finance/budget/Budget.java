package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.finance.BudgetAdopted;
import io.councilhub.contracts.finance.BudgetProposed;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 収支予算: one version of a fiscal year's budget ({@code budget-2022-v1}; a 補正予算 is the next version,
 * started from the adopted one). A DRAFT's derived lines follow their sources ({@link #refresh}); proposing
 * needs income equal to expenditure and fixes every figure; adoption happens once.
 */
@Document("budgets")
public class Budget extends OutboxAggregate {

    public static final String DUES_ACCOUNT = "負担金";
    public static final String CARRY_FORWARD_ACCOUNT = "前期繰越金";
    public static final String GRANTS_ACCOUNT = "企画活動費";
    static final int MAX_LINES = 50;
    static final int MAX_ACCOUNT = 40;
    static final int MAX_NOTE = 200;

    @Id
    private String id;
    @Indexed
    private int fiscalYear;
    private int versionNumber;
    private BudgetStatus status;
    private String basedOn;
    private List<BudgetLine> income = new ArrayList<>();
    private List<BudgetLine> expenditure = new ArrayList<>();
    private LocalDate proposedOn;
    private LocalDate adoptedOn;
    private String adoptedByProposal;

    private Budget() {
    }

    public static String idOf(FiscalYear year, int version) {
        return "budget-" + year.startYear() + "-v" + version;
    }

    /**
     * A first draft of a year's budget. It starts from the accounts of last year's adopted budget, in their
     * order, without figures; the three derived lines (負担金, 前期繰越金, 企画活動費) are always there.
     */
    static Budget draft(FiscalYear year, Optional<Budget> lastYear) {
        Budget budget = new Budget();
        budget.id = idOf(year, 1);
        budget.fiscalYear = year.startYear();
        budget.versionNumber = 1;
        budget.status = BudgetStatus.DRAFT;
        lastYear.ifPresent(previous -> {
            for (Section section : Section.values()) {
                previous.lines(section).forEach(line -> budget.lines(section)
                        .add(derived(line.account(), LineBasis.defaultFor(section, line.account()))));
            }
        });
        budget.ensureLine(Section.INCOME, DUES_ACCOUNT, LineBasis.DUES);
        budget.ensureLine(Section.INCOME, CARRY_FORWARD_ACCOUNT, LineBasis.CARRY_FORWARD);
        budget.ensureLine(Section.EXPENDITURE, GRANTS_ACCOUNT, LineBasis.GRANTS);
        return budget;
    }

    private void ensureLine(Section section, String account, LineBasis basis) {
        if (line(section, account).isEmpty()) {
            lines(section).add(derived(account, basis));
        }
    }

    private static BudgetLine derived(String account, LineBasis basis) {
        return new BudgetLine(account, basis, null, null, 0, null, 0);
    }

    /**
     * 補正予算: the next version of this adopted budget, as a DRAFT with the same lines. Entered lines keep
     * their figures; derived lines follow their sources again, with the adopted figure as the fallback.
     */
    Budget supplementary() {
        if (status != BudgetStatus.ADOPTED) {
            throw new RuleViolationException("budget-not-adopted",
                    "a supplementary budget starts from an adopted budget; " + id + " is " + status);
        }
        Budget next = new Budget();
        next.fiscalYear = fiscalYear;
        next.versionNumber = versionNumber + 1;
        next.id = idOf(fiscalYear(), next.versionNumber);
        next.status = BudgetStatus.DRAFT;
        next.basedOn = id;
        next.income = carriedOver(income);
        next.expenditure = carriedOver(expenditure);
        return next;
    }

    private static List<BudgetLine> carriedOver(List<BudgetLine> lines) {
        return new ArrayList<>(lines.stream().map(line -> new BudgetLine(line.account(), line.basis(), line.amountYen(),
                line.basis().isDerived() ? line.enteredNote() : line.note(), line.amountYen(), line.note(),
                line.lastYearYen())).toList());
    }

    /**
     * Enters a line's figure and note. On an entered line the figure is the line; on a derived line it is
     * the fallback while the source does not exist. {@code basis} (optional) changes where the figure comes
     * from: ENTERED pins a line that would be derived (a past year entered as it was adopted). {@code position}
     * (optional, 1-based) places the line in its section; otherwise a new line goes last.
     */
    void enter(Section section, String account, Yen amount, String note, LineBasis basis, Integer position) {
        requireDraft();
        String name = account == null ? "" : account.strip();
        if (name.isEmpty() || name.length() > MAX_ACCOUNT) {
            throw new InvalidFieldException("account", "must be 1 to " + MAX_ACCOUNT + " characters");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidFieldException("note", "must be at most " + MAX_NOTE + " characters");
        }
        List<BudgetLine> lines = lines(section);
        Optional<BudgetLine> existing = lines.stream().filter(line -> line.account().equals(name)).findFirst();
        LineBasis chosen = basis != null ? basis
                : existing.map(BudgetLine::basis).orElseGet(() -> LineBasis.defaultFor(section, name));
        if (chosen.isDerived() && chosen != LineBasis.defaultFor(section, name)) {
            throw new InvalidFieldException("basis", chosen + " is the basis of " + expectedAccount(chosen) + " only");
        }
        BudgetLine entered = new BudgetLine(name, chosen, amount.amount(), text, amount.amount(), text,
                existing.map(BudgetLine::lastYearYen).orElse(0L));
        if (position != null && position < 1) {
            throw new InvalidFieldException("position", "must be 1 or more (1 = the first line of the section)");
        }
        if (existing.isEmpty() && income.size() + expenditure.size() >= MAX_LINES) {
            throw new InvalidFieldException("account", "a budget has at most " + MAX_LINES + " lines");
        }
        int at = existing.map(lines::indexOf).orElse(lines.size());
        existing.ifPresent(lines::remove);
        lines.add(position == null ? at : Math.min(position - 1, lines.size()), entered);
    }

    private static String expectedAccount(LineBasis basis) {
        return switch (basis) {
            case DUES -> "収入の部 " + DUES_ACCOUNT;
            case CARRY_FORWARD -> "収入の部 " + CARRY_FORWARD_ACCOUNT;
            case GRANTS -> "支出の部 " + GRANTS_ACCOUNT;
            case ENTERED -> "any account";
        };
    }

    /** Takes a line off the draft. */
    void remove(Section section, String account) {
        requireDraft();
        if (!lines(section).removeIf(line -> line.account().equals(account))) {
            throw new InvalidFieldException("account", "no line " + account + " in the " + section.label());
        }
    }

    /**
     * Brings a DRAFT's figures up to date: derived lines from their sources (else the entered fallback),
     * last year's figures from last year's adopted budget (by account). Proposed and adopted budgets keep theirs.
     */
    void refresh(DerivedFigures figures, Map<Section, Map<String, Long>> lastYear) {
        if (status != BudgetStatus.DRAFT) {
            return;
        }
        income = refreshed(income, figures, lastYear.getOrDefault(Section.INCOME, Map.of()));
        expenditure = refreshed(expenditure, figures, lastYear.getOrDefault(Section.EXPENDITURE, Map.of()));
    }

    private static List<BudgetLine> refreshed(List<BudgetLine> lines, DerivedFigures figures, Map<String, Long> lastYear) {
        List<BudgetLine> result = new ArrayList<>();
        for (BudgetLine line : lines) {
            Optional<DerivedFigures.Figure> figure = figures.of(line.basis());
            long amount = figure.map(f -> f.amount().amount())
                    .orElse(line.enteredYen() == null ? 0L : line.enteredYen());
            String note = figure.map(DerivedFigures.Figure::note).filter(Objects::nonNull).orElse(line.enteredNote());
            result.add(line.withFigures(amount, note, lastYear.getOrDefault(line.account(), 0L)));
        }
        return result;
    }

    /** 予算案: puts the draft forward; income must equal expenditure. Its figures are fixed from now on. */
    void propose(LocalDate on) {
        requireDraft();
        Balance balance = balance();
        if (!balance.balanced()) {
            throw new UnbalancedBudgetException(balance);
        }
        status = BudgetStatus.PROPOSED;
        proposedOn = Objects.requireNonNull(on, "proposedOn");
        record(new BudgetProposed(id, fiscalYear, versionNumber, balance.incomeTotal().amount(),
                balance.expenditureTotal().amount(), on));
    }

    /**
     * 予算の決定: adopts the proposed budget on {@code on}, by the secretariat ({@code proposalId} null) or by
     * the meeting's approval of that proposal. Adopting an adopted budget changes nothing and returns false.
     */
    boolean adopt(LocalDate on, String proposalId) {
        if (status == BudgetStatus.ADOPTED) {
            return false;
        }
        if (status != BudgetStatus.PROPOSED) {
            throw new RuleViolationException("budget-not-proposed", id + " is " + status + "; propose it before adopting it");
        }
        status = BudgetStatus.ADOPTED;
        adoptedOn = Objects.requireNonNull(on, "adoptedOn");
        adoptedByProposal = proposalId;
        record(new BudgetAdopted(id, fiscalYear, versionNumber, balance().incomeTotal().amount(), on));
        return true;
    }

    private void requireDraft() {
        if (status != BudgetStatus.DRAFT) {
            throw new RuleViolationException("budget-not-draft", id + " is " + status
                    + "; an adopted budget changes only through a supplementary budget (補正予算)");
        }
    }

    private List<BudgetLine> lines(Section section) {
        return section == Section.INCOME ? income : expenditure;
    }

    public Balance balance() {
        return new Balance(total(income), total(expenditure));
    }

    private static Yen total(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).reduce(Yen.ZERO, Yen::plus);
    }

    public Optional<BudgetLine> line(Section section, String account) {
        return lines(section).stream().filter(line -> line.account().equals(account)).findFirst();
    }

    public String id() {
        return id;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public int budgetVersion() {
        return versionNumber;
    }

    public BudgetStatus status() {
        return status;
    }

    public String basedOn() {
        return basedOn;
    }

    public List<BudgetLine> income() {
        return List.copyOf(income);
    }

    public List<BudgetLine> expenditure() {
        return List.copyOf(expenditure);
    }

    public List<BudgetLine> linesOf(Section section) {
        return List.copyOf(lines(section));
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public String adoptedByProposal() {
        return adoptedByProposal;
    }

    /** The packet's title: {@code 令和4年度収支予算(案)} until adopted; a supplementary budget is a 補正予算. */
    public String title() {
        return fiscalYear().label() + (versionNumber > 1 ? "収支補正予算" : "収支予算") + (status == BudgetStatus.ADOPTED ? "" : "(案)");
    }
}
