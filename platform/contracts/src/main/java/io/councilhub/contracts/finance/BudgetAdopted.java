package io.councilhub.contracts.finance;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** 収支予算: a fiscal year's budget (or a supplementary version of it) was adopted; income equals expenditure. */
public record BudgetAdopted(String budgetId, int fiscalYear, int version, long totalYen, LocalDate adoptedOn)
        implements DomainEvent {

    public BudgetAdopted {
        Objects.requireNonNull(budgetId, "budgetId");
    }

    @Override
    public String subject() {
        return budgetId;
    }
}
