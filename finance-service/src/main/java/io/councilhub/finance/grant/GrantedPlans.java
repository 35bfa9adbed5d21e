package io.councilhub.finance.grant;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.GrantTotals;
import org.springframework.stereotype.Component;

import java.util.List;

/** The budget's 企画活動費 of a year: how many plans were granted and the total. */
@Component
class GrantedPlans implements GrantTotals {

    private final GrantRecords grants;

    GrantedPlans(GrantRecords grants) {
        this.grants = grants;
    }

    @Override
    public Granted grantedFor(FiscalYear year) {
        List<Grant> granted = grants.findByFiscalYearOrderByApprovedOnAsc(year.startYear());
        return new Granted(granted.size(), granted.stream().map(Grant::amount).reduce(Yen.ZERO, Yen::plus));
    }
}
