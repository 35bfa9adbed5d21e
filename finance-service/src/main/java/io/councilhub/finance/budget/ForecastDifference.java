package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.Yen;

/**
 * A derived line of a proposed or adopted budget against what its source says now: the budget keeps its
 * figure; this shows how far the forecast has moved (a withdrawal lowers the dues forecast, not the budget).
 */
public record ForecastDifference(Section section, String account, Yen budgeted, Yen forecast) {

    /** Forecast less budgeted. */
    public Yen difference() {
        return forecast.minus(budgeted);
    }
}
