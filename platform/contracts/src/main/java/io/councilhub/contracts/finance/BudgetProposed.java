package io.councilhub.contracts.finance;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 収支予算案: version {@code version} of a fiscal year's budget, balanced (income equals expenditure),
 * was put forward for a meeting to adopt.
 */
public record BudgetProposed(String budgetId, int fiscalYear, int version, long incomeTotalYen,
                             long expenditureTotalYen, LocalDate proposedOn) implements DomainEvent {

    public BudgetProposed {
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(proposedOn, "proposedOn");
    }

    @Override
    public String subject() {
        return budgetId;
    }
}
