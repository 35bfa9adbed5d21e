package io.councilhub.finance.grant;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import io.councilhub.finance.budget.Budget;
import io.councilhub.finance.ledger.EntryKind;
import io.councilhub.finance.ledger.Ledger;
import io.councilhub.finance.ledger.LedgerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * The grants: allocated when a subcommittee's activity plan is approved (once per plan), paid through the
 * ledger's 企画活動費 line.
 */
@Service
public class Grants {

    private static final Logger log = LoggerFactory.getLogger(Grants.class);

    private final GrantRecords grants;
    private final Ledger ledger;

    Grants(GrantRecords grants, Ledger ledger) {
        this.grants = grants;
        this.ledger = ledger;
    }

    /** Allocates the plan's grant; a plan granted already (a repeated approval) changes nothing. */
    public boolean allocate(ActivityPlanApproved approved) {
        if (grants.existsById(Grant.idOf(approved.planId()))) {
            log.info("plan {} has its grant already", approved.planId());
            return false;
        }
        try {
            grants.insert(Grant.allocate(approved));
            return true;
        } catch (DuplicateKeyException allocatedMeanwhile) {
            return false;
        }
    }

    public Grant get(String id) {
        return grants.findById(id).orElseThrow(() -> new NotFoundException("grant", id));
    }

    public List<Grant> of(FiscalYear year) {
        return grants.findByFiscalYearOrderByApprovedOnAsc(year.startYear());
    }

    public Yen paid(Grant grant) {
        return ledger.paidOn(grant.id());
    }

    /** Pays (part of) a grant: a payment on the 企画活動費 line; never more than the grant. */
    public LedgerEntry pay(String id, LocalDate on, Yen amount) {
        Grant grant = get(id);
        Yen remaining = grant.amount().minus(paid(grant));
        if (amount.compareTo(remaining) > 0) {
            throw new InvalidFieldException("amount", "the grant has " + remaining.format() + " left to pay");
        }
        if (!grant.fiscalYear().contains(on)) {
            throw new InvalidFieldException("paidOn", "must be within " + grant.fiscalYear().label());
        }
        return ledger.book(EntryKind.PAYMENT, on, Budget.GRANTS_ACCOUNT, amount,
                "部会活動助成費 " + grant.payee(), grant.payee(), grant.id());
    }
}
