package io.councilhub.finance.settlement;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.finance.ledger.BudgetVsActual;
import io.councilhub.finance.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Optional;

/** Settles fiscal years: closes the books against the adopted budget, once, and keeps the result. */
@Service
public class SettlementBook {

    private static final Logger log = LoggerFactory.getLogger(SettlementBook.class);

    private final Settlements settlements;
    private final Ledger ledger;

    SettlementBook(Settlements settlements, Ledger ledger) {
        this.settlements = settlements;
        this.ledger = ledger;
    }

    public Optional<Settlement> closed(FiscalYear year) {
        return settlements.findById(Settlement.idOf(year));
    }

    /** The year's budget against actual as it stands (for an open year; a closed one has its settlement). */
    public BudgetVsActual preview(FiscalYear year) {
        return ledger.budgetVsActual(year);
    }

    /** Closing by the secretariat; a second closing is refused so the mistake is noticed. */
    public Settlement close(FiscalYear year, LocalDate on) {
        if (closed(year).isPresent()) {
            throw new RuleViolationException("settlement-closed", "the " + year.label() + " settlement is closed already");
        }
        return settle(year, on, null);
    }

    /**
     * A meeting approved proposal {@code proposalId} (kind SETTLEMENT) for {@code year}: closes it unless it
     * is closed already, in which case (a repeat delivery, or the secretariat was first) nothing changes.
     */
    public boolean closeByProposal(FiscalYear year, String proposalId, LocalDate on) {
        if (closed(year).isPresent()) {
            log.info("proposal {}: the {} settlement is closed already", proposalId, year.label());
            return false;
        }
        try {
            settle(year, on, proposalId);
            return true;
        } catch (DuplicateKeyException closedMeanwhile) {
            return false;
        }
    }

    private Settlement settle(FiscalYear year, LocalDate on, String proposalId) {
        ledger.adoptedBudgetVsActual(year);
        ledger.close(year, on);
        return settlements.insert(Settlement.close(ledger.adoptedBudgetVsActual(year), on, proposalId));
    }
}
