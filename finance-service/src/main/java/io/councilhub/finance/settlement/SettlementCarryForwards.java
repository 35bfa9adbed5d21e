package io.councilhub.finance.settlement;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.CarryForwards;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The budget's 前期繰越金 of a year: the carry-forward of the year before's closed settlement. */
@Component
class SettlementCarryForwards implements CarryForwards {

    private final Settlements settlements;

    SettlementCarryForwards(Settlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public Optional<Yen> carriedInto(FiscalYear year) {
        return settlements.findById(Settlement.idOf(year.previous())).map(Settlement::carryForward);
    }
}
