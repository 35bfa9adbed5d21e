package io.councilhub.finance.invoice.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.account.MemberAccount;
import io.councilhub.finance.dues.DuesCharge;
import io.councilhub.finance.invoice.Arrears;
import io.councilhub.finance.invoice.DuesInvoice;
import io.councilhub.finance.invoice.DuesRoll;
import io.councilhub.finance.invoice.DuesStatus;
import io.councilhub.finance.invoice.InvoiceStatus;
import io.councilhub.finance.invoice.Invoicing;
import io.councilhub.finance.invoice.IssueReport;
import io.councilhub.finance.invoice.Payment;
import io.councilhub.finance.invoice.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/finance/...}: the secretariat issues a year's invoices and books payments; officers read
 * invoices and the arrears list; a MEMBER user reads only its own organisation's invoices (another's is a
 * 404, so ids cannot be probed).
 */
@RestController
@RequestMapping("/api/finance")
class InvoiceController {

    private final Invoicing invoicing;
    private final JwtSettings jwt;

    InvoiceController(Invoicing invoicing, JwtSettings jwt) {
        this.invoicing = invoicing;
        this.jwt = jwt;
    }

    record IssueRequest(LocalDate issuedOn) {
    }

    record IssueView(int fiscalYear, String label, int issued, long issuedTotalYen, String issuedTotal,
                     int alreadyIssued, int exempt, int notCharged, boolean repeated, String message) {

        static IssueView of(IssueReport report) {
            String message = report.issued() > 0
                    ? report.issued() + "件の請求書を発行しました（合計 " + report.issuedTotal().format() + "）"
                    : "新たに発行する請求書はありません（発行済み " + report.alreadyIssued() + "件）";
            return new IssueView(report.fiscalYear().startYear(), report.fiscalYear().label(), report.issued(),
                    report.issuedTotal().amount(), report.issuedTotal().format(), report.alreadyIssued(), report.exempt(),
                    report.notCharged(), report.repeated(), message);
        }
    }

    record PaymentRequest(@NotNull LocalDate paidOn, @NotNull @Positive @Max(DuesInvoice.MAX_YEN) Long amountYen,
                          @NotNull PaymentMethod method, @Size(max = 500) String note) {
    }

    record PaymentView(String paymentId, LocalDate paidOn, long amountYen, String amount, PaymentMethod method,
                       String methodLabel, String note) {

        static PaymentView of(Payment payment) {
            return new PaymentView(payment.paymentId(), payment.paidOn(), payment.amountYen(), payment.amount().format(),
                    payment.method(), payment.method().label(), payment.note());
        }
    }

    record InvoiceView(String id, String memberId, String memberName, int fiscalYear, String label,
                       MemberCategory category, long rateYen, long amountYen, String amount, DuesCharge.Basis basis,
                       int months, LocalDate issuedOn, LocalDate dueOn, long paidYen, String paid, long cancelledYen,
                       long outstandingYen, String outstanding, InvoiceStatus status, DuesStatus duesStatus,
                       String statusLabel, LocalDate cancelledOn, List<PaymentView> payments) {

        static InvoiceView of(DuesInvoice invoice, MemberAccount account) {
            return new InvoiceView(invoice.id(), invoice.memberId(), account == null ? null : account.name(),
                    invoice.fiscalYear().startYear(), invoice.fiscalYear().label(), invoice.category(),
                    invoice.rate().amount(), invoice.amount().amount(), invoice.amount().format(), invoice.basis(),
                    invoice.months(), invoice.issuedOn(), invoice.dueOn(), invoice.paid().amount(),
                    invoice.paid().format(), invoice.cancelled().amount(), invoice.outstanding().amount(),
                    invoice.outstanding().format(), invoice.status(), invoice.duesStatus(),
                    invoice.duesStatus().label(), invoice.cancelledOn(),
                    invoice.payments().stream().map(PaymentView::of).toList());
        }
    }

    /** 一括請求: idempotent; a repeat issues nothing new and says so ({@code repeated}, {@code alreadyIssued}). */
    @PostMapping("/fiscal-years/{year}/invoices/issue")
    @PreAuthorize("hasRole('SECRETARIAT')")
    IssueView issue(@PathVariable FiscalYear year, @Valid @RequestBody(required = false) IssueRequest request) {
        return IssueView.of(invoicing.issueForYear(year, request == null ? null : request.issuedOn()));
    }

    @GetMapping("/fiscal-years/{year}/invoices")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    List<InvoiceView> ofYear(@PathVariable FiscalYear year) {
        return views(invoicing.ofYear(year));
    }

    @GetMapping("/invoices/{id}")
    InvoiceView get(@PathVariable String id, Authentication caller) {
        DuesInvoice invoice = invoicing.get(id);
        if (!CouncilUser.from(caller, jwt).maySee(invoice.memberId())) {
            throw new NotFoundException("dues invoice", id);
        }
        return views(List.of(invoice)).get(0);
    }

    @GetMapping("/members/{memberId}/invoices")
    List<InvoiceView> ofMember(@PathVariable String memberId, Authentication caller) {
        if (!CouncilUser.from(caller, jwt).maySee(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        return views(invoicing.ofMember(memberId));
    }

    /** 入金: 201 with the invoice as it now stands; an overpayment or a cancelled invoice is a 409. */
    @PostMapping("/invoices/{id}/payments")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<InvoiceView> pay(@PathVariable String id, @Valid @RequestBody PaymentRequest request) {
        DuesInvoice invoice = invoicing.pay(id, request.paidOn(), Yen.of(request.amountYen()), request.method(),
                request.note());
        return ResponseEntity.created(URI.create("/api/finance/invoices/" + id)).body(views(List.of(invoice)).get(0));
    }

    record ArrearsLineView(String invoiceId, String memberId, String memberName, MemberCategory category,
                           String categoryLabel, long amountYen, long paidYen, long outstandingYen, String outstanding,
                           LocalDate dueOn, boolean overdue) {
    }

    record ArrearsView(int fiscalYear, String label, LocalDate asOf, List<ArrearsLineView> lines, int members,
                       long totalYen, String total) {

        static ArrearsView of(Arrears arrears) {
            return new ArrearsView(arrears.fiscalYear().startYear(), arrears.fiscalYear().label(), arrears.asOf(),
                    arrears.lines().stream().map(line -> new ArrearsLineView(line.invoiceId(), line.memberId(),
                            line.memberName(), line.category(), DuesRoll.categoryLabel(line.category()),
                            line.amount().amount(), line.paid().amount(), line.outstanding().amount(),
                            line.outstanding().format(), line.dueOn(), line.overdue())).toList(),
                    arrears.lines().size(), arrears.total().amount(), arrears.total().format());
        }
    }

    /** 未納一覧: what is outstanding at the end of {@code asOf} (today in Tokyo if not given). */
    @GetMapping("/fiscal-years/{year}/arrears")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    ArrearsView arrears(@PathVariable FiscalYear year, @RequestParam(required = false) LocalDate asOf) {
        return ArrearsView.of(invoicing.arrears(year, asOf));
    }

    private List<InvoiceView> views(List<DuesInvoice> invoices) {
        Map<String, MemberAccount> accounts = invoicing.accountsOf(invoices);
        return invoices.stream()
                .sorted(Comparator.comparing((DuesInvoice invoice) -> invoice.fiscalYear())
                        .thenComparing(invoice -> invoice.category().ordinal()))
                .map(invoice -> InvoiceView.of(invoice, accounts.get(invoice.memberId()))).toList();
    }
}
