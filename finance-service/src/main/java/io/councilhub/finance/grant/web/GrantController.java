package io.councilhub.finance.grant.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Amounts;
import io.councilhub.finance.grant.Grant;
import io.councilhub.finance.grant.Grants;
import io.councilhub.finance.ledger.LedgerEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/finance}: a year's grants with what was paid on each; the secretariat pays a grant. */
@RestController
@RequestMapping("/api/finance")
class GrantController {

    private final Grants grants;

    GrantController(Grants grants) {
        this.grants = grants;
    }

    record PaymentRequest(@NotNull LocalDate paidOn, BigDecimal amount) {
    }

    record GrantView(String id, String planId, String subcommitteeId, String subcommitteeName, int fiscalYear,
                     long amount, long paid, long remaining, String amountDisplay, LocalDate approvedOn) {

        static GrantView of(Grant grant, Yen paid) {
            return new GrantView(grant.id(), grant.planId(), grant.subcommitteeId(), grant.subcommitteeName(),
                    grant.fiscalYear().startYear(), grant.amount().amount(), paid.amount(),
                    grant.amount().minus(paid).amount(), grant.amount().formatPlain(), grant.approvedOn());
        }
    }

    record GrantsView(int fiscalYear, String label, List<GrantView> grants, long total) {
    }

    record PaymentView(String entryId, String grantId, LocalDate paidOn, long amount, String account) {
    }

    @GetMapping("/fiscal-years/{year}/grants")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    GrantsView list(@PathVariable FiscalYear year) {
        List<GrantView> views = grants.of(year).stream().map(grant -> GrantView.of(grant, grants.paid(grant))).toList();
        return new GrantsView(year.startYear(), year.label(), views, views.stream().mapToLong(GrantView::amount).sum());
    }

    @GetMapping("/grants/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    GrantView get(@PathVariable String id) {
        Grant grant = grants.get(id);
        return GrantView.of(grant, grants.paid(grant));
    }

    @PostMapping("/grants/{id}/payments")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<PaymentView> pay(@PathVariable String id, @Valid @RequestBody PaymentRequest request) {
        LedgerEntry entry = grants.pay(id, request.paidOn(), Amounts.positiveYen("amount", request.amount()));
        return ResponseEntity.created(URI.create("/api/finance/grants/" + id))
                .body(new PaymentView(entry.id(), id, entry.date(), entry.amountYen(), entry.account()));
    }
}
