package io.councilhub.finance.ledger.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.budget.Amounts;
import io.councilhub.finance.budget.Section;
import io.councilhub.finance.ledger.BudgetVsActual;
import io.councilhub.finance.ledger.EntryKind;
import io.councilhub.finance.ledger.Ledger;
import io.councilhub.finance.ledger.LedgerEntry;
import io.councilhub.finance.ledger.LineActual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/**
 * {@code /api/finance}: the secretariat books receipts and payments to budget lines; the secretariat and
 * officers read a year's entries and its budget against actual.
 */
@RestController
@RequestMapping("/api/finance")
class LedgerController {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    record EntryRequest(@NotNull LocalDate date, @NotBlank @Size(max = 40) String account, BigDecimal amount,
                        @Size(max = 200) String description, @Size(max = 200) String counterparty) {
    }

    record EntryView(String id, int fiscalYear, EntryKind kind, LocalDate date, String account, long amount,
                     String amountDisplay, String description, String counterparty, String grantId) {

        static EntryView of(LedgerEntry entry) {
            return new EntryView(entry.id(), entry.fiscalYear(), entry.kind(), entry.date(), entry.account(),
                    entry.amountYen(), entry.amount().formatPlain(), entry.description(), entry.counterparty(),
                    entry.grantId());
        }
    }

    record LineActualView(Section section, String account, long budgeted, long actual, long difference,
                          String budgetedDisplay, String actualDisplay, String differenceDisplay) {

        static LineActualView of(LineActual line) {
            return new LineActualView(line.section(), line.account(), line.budgeted().amount(), line.actual().amount(),
                    line.difference().amount(), line.budgeted().formatPlain(), line.actual().formatPlain(),
                    line.difference().formatPlain());
        }
    }

    record LedgerView(int fiscalYear, String label, String budgetId, List<LineActualView> income,
                      List<LineActualView> expenditure, long incomeActual, long expenditureActual, long result,
                      String resultDisplay, List<EntryView> entries) {
    }

    @PostMapping("/ledger/receipts")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<EntryView> receipt(@Valid @RequestBody EntryRequest request) {
        return book(EntryKind.RECEIPT, request);
    }

    @PostMapping("/ledger/payments")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<EntryView> payment(@Valid @RequestBody EntryRequest request) {
        return book(EntryKind.PAYMENT, request);
    }

    @GetMapping("/fiscal-years/{year}/ledger")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    LedgerView ledger(@PathVariable FiscalYear year) {
        BudgetVsActual actuals = ledger.budgetVsActual(year);
        Yen result = actuals.result();
        return new LedgerView(year.startYear(), year.label(), actuals.budgetId(),
                actuals.lines(Section.INCOME).stream().map(LineActualView::of).toList(),
                actuals.lines(Section.EXPENDITURE).stream().map(LineActualView::of).toList(),
                actuals.actual(Section.INCOME).amount(), actuals.actual(Section.EXPENDITURE).amount(), result.amount(),
                result.formatPlain(), ledger.entries(year).stream().map(EntryView::of).toList());
    }

    private ResponseEntity<EntryView> book(EntryKind kind, EntryRequest request) {
        Yen amount = Amounts.positiveYen("amount", request.amount());
        LedgerEntry entry = ledger.book(kind, request.date(), request.account(), amount, request.description(),
                request.counterparty(), null);
        return ResponseEntity.created(URI.create("/api/finance/fiscal-years/" + entry.fiscalYear() + "/ledger"))
                .body(EntryView.of(entry));
    }
}
