package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.RuleViolationException;

/** A budget whose income and expenditure differ cannot be proposed; carries the balance for the answer. */
public class UnbalancedBudgetException extends RuleViolationException {

    private final Balance balance;

    UnbalancedBudgetException(Balance balance) {
        super("budget-unbalanced", "income and expenditure must be equal before the budget is proposed: " + balance.label());
        this.balance = balance;
    }

    public Balance balance() {
        return balance;
    }
}
