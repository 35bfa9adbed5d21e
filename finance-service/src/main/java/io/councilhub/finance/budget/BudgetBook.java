package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.dues.Dues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budgets of the council: drafts, supplementary versions, lines, proposal and adoption. Every budget
 * handed out is up to date: a DRAFT's derived lines and last year's figures are recomputed from their
 * sources when it is read or changed, so they follow the events that move those sources.
 */
@Service
public class BudgetBook {

    private static final Logger log = LoggerFactory.getLogger(BudgetBook.class);

    private final Budgets budgets;
    private final Dues dues;
    private final CarryForwards carryForwards;
    private final GrantTotals grants;

    BudgetBook(Budgets budgets, Dues dues, CarryForwards carryForwards, GrantTotals grants) {
        this.budgets = budgets;
        this.dues = dues;
        this.carryForwards = carryForwards;
        this.grants = grants;
    }

    /** Starts the first version of a year's budget. */
    public Budget draft(FiscalYear year) {
        if (!budgets.findByFiscalYearOrderByVersionNumberDesc(year.startYear()).isEmpty()) {
            throw new RuleViolationException("budget-exists", "the " + year.label()
                    + " budget exists; change it, or start a supplementary budget once it is adopted");
        }
        return save(Budget.draft(year, adopted(year.previous())));
    }

    /** 補正予算: starts the next version of a year's budget from its adopted latest version. */
    public Budget supplement(FiscalYear year) {
        Budget latest = latest(year).orElseThrow(() -> new NotFoundException("budget of", year.label()));
        return save(latest.supplementary());
    }

    public Budget get(String id) {
        return budgets.findById(id).map(this::refreshed).orElseThrow(() -> new NotFoundException("budget", id));
    }

    /** The newest version of a year's budget, whatever its status. */
    public Optional<Budget> latest(FiscalYear year) {
        return versions(year).stream().findFirst().map(this::refreshed);
    }

    /** The newest adopted version of a year's budget: the budget in force. */
    public Optional<Budget> adopted(FiscalYear year) {
        return versions(year).stream().filter(budget -> budget.status() == BudgetStatus.ADOPTED).findFirst();
    }

    public Budget enter(String id, Section section, String account, Yen amount, String note, LineBasis basis,
                        Integer position) {
        Budget budget = get(id);
        budget.enter(section, account, amount, note, basis, position);
        return save(budget);
    }

    public Budget remove(String id, Section section, String account) {
        Budget budget = get(id);
        budget.remove(section, account);
        return save(budget);
    }

    public Budget propose(String id, LocalDate on) {
        Budget budget = get(id);
        budget.propose(on);
        return save(budget);
    }

    /** Adoption by the secretariat; adopting an adopted budget is refused, so a mistake is noticed. */
    public Budget adopt(String id, LocalDate on) {
        Budget budget = get(id);
        if (!budget.adopt(on, null)) {
            throw new RuleViolationException("budget-already-adopted", id + " was adopted on " + budget.adoptedOn());
        }
        return save(budget);
    }

    /**
     * A meeting approved proposal {@code proposalId} (kind BUDGET) for {@code year}: adopts the newest version
     * not adopted yet (proposing it first if still a balanced draft). A repeat of the same approval, or an
     * approval when the newest version is adopted already, changes nothing.
     *
     * @return true if a budget was adopted
     */
    public boolean adoptByProposal(FiscalYear year, String proposalId, LocalDate on) {
        List<Budget> versions = versions(year);
        if (versions.stream().anyMatch(budget -> proposalId.equals(budget.adoptedByProposal()))) {
            log.info("proposal {} adopted the {} budget already", proposalId, year.label());
            return false;
        }
        Budget latest = versions.stream().findFirst()
                .orElseThrow(() -> new NotFoundException("budget of", year.label()));
        if (latest.status() == BudgetStatus.ADOPTED) {
            log.info("proposal {}: {} is adopted already", proposalId, latest.id());
            return false;
        }
        refreshed(latest);
        if (latest.status() == BudgetStatus.DRAFT) {
            latest.propose(on);
        }
        latest.adopt(on, proposalId);
        save(latest);
        return true;
    }

    /** For a proposed or adopted budget: its derived lines against what their sources say now. */
    public List<ForecastDifference> forecastDifferences(Budget budget) {
        if (budget.status() == BudgetStatus.DRAFT) {
            return List.of();
        }
        DerivedFigures figures = figures(budget.fiscalYear());
        List<ForecastDifference> differences = new ArrayList<>();
        for (Section section : Section.values()) {
            for (BudgetLine line : budget.linesOf(section)) {
                figures.of(line.basis()).ifPresent(figure ->
                        differences.add(new ForecastDifference(section, line.account(), line.amount(), figure.amount())));
            }
        }
        return differences;
    }

    /** What the sources of the derived lines say for {@code year} now. */
    public DerivedFigures figures(FiscalYear year) {
        Optional<DerivedFigures.Figure> duesFigure = dues.forecastIfScheduled(year)
                .map(forecast -> new DerivedFigures.Figure(forecast.total(), DuesNote.of(forecast)));
        Optional<DerivedFigures.Figure> carried = carryForwards.carriedInto(year)
                .map(amount -> new DerivedFigures.Figure(amount, null));
        GrantTotals.Granted granted = grants.grantedFor(year);
        Optional<DerivedFigures.Figure> grantsFigure = granted.plans() == 0 ? Optional.empty()
                : Optional.of(new DerivedFigures.Figure(granted.total(), "部会活動助成費(" + granted.plans() + "部会)"));
        return new DerivedFigures(duesFigure, carried, grantsFigure);
    }

    private List<Budget> versions(FiscalYear year) {
        return budgets.findByFiscalYearOrderByVersionNumberDesc(year.startYear());
    }

    private Budget refreshed(Budget budget) {
        if (budget.status() == BudgetStatus.DRAFT) {
            budget.refresh(figures(budget.fiscalYear()), lastYear(budget.fiscalYear()));
        }
        return budget;
    }

    private Map<Section, Map<String, Long>> lastYear(FiscalYear year) {
        Map<Section, Map<String, Long>> amounts = new EnumMap<>(Section.class);
        adopted(year.previous()).ifPresent(previous -> {
            for (Section section : Section.values()) {
                Map<String, Long> byAccount = new HashMap<>();
                previous.linesOf(section).forEach(line -> byAccount.put(line.account(), line.amountYen()));
                amounts.put(section, byAccount);
            }
        });
        return amounts;
    }

    private Budget save(Budget budget) {
        return budgets.save(refreshed(budget));
    }
}
