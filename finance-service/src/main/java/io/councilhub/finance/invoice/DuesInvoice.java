package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.finance.DuesInvoiceIssued;
import io.councilhub.contracts.finance.DuesPaid;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.dues.DuesCharge;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 負担金請求: the dues one member owes for one fiscal year. Its id is derived from the member and the year,
 * so there is never a second one. Paid in one or more payments, never beyond what is outstanding;
 * cancelled when the member withdraws (what was paid stays paid, a paid-up invoice is not refunded).
 */
@Document("duesInvoices")
public class DuesInvoice extends OutboxAggregate {

    /** No amount is above 1,000,000,000,000 yen: a larger number is a typing error. */
    public static final long MAX_YEN = 1_000_000_000_000L;

    @Id
    private String id;
    @Indexed
    private String memberId;
    @Indexed
    private int fiscalYear;
    private MemberCategory category;
    private long rateYen;
    private long amountYen;
    private DuesCharge.Basis basis;
    private int months;
    private LocalDate issuedOn;
    private LocalDate dueOn;
    private List<Payment> payments = new ArrayList<>();
    private InvoiceStatus status;
    private LocalDate cancelledOn;
    private long cancelledYen;
    private String cancellationReason;

    private DuesInvoice() {
    }

    /** The one id the invoice of {@code memberId} for {@code year} can have. */
    public static String idOf(String memberId, FiscalYear year) {
        return "dues-" + year.startYear() + "-" + memberId;
    }

    /** Issues the invoice for {@code charge}, which must be above zero, and records DuesInvoiceIssued. */
    public static DuesInvoice issue(String memberId, FiscalYear year, DuesCharge charge, LocalDate issuedOn,
                                    LocalDate dueOn) {
        if (!charge.invoiced()) {
            throw new RuleViolationException("nothing-to-invoice", "no invoice for " + charge.amount().format());
        }
        DuesInvoice invoice = new DuesInvoice();
        invoice.id = idOf(Objects.requireNonNull(memberId, "memberId"), year);
        invoice.memberId = memberId;
        invoice.fiscalYear = year.startYear();
        invoice.category = charge.category();
        invoice.rateYen = charge.rate().amount();
        invoice.amountYen = charge.amount().amount();
        invoice.basis = charge.basis();
        invoice.months = charge.months();
        invoice.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        invoice.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        invoice.status = InvoiceStatus.OPEN;
        invoice.record(new DuesInvoiceIssued(invoice.id, memberId, invoice.fiscalYear, invoice.amountYen, issuedOn, dueOn));
        return invoice;
    }

    /**
     * 入金: records a payment of {@code amount} received on {@code paidOn}, and DuesPaid with what is still
     * outstanding. Refused on a cancelled invoice and for more than is outstanding (no overpayment).
     */
    public Payment pay(LocalDate paidOn, Yen amount, PaymentMethod method, String note) {
        if (paidOn == null) {
            throw new InvalidFieldException("paidOn", "must not be null");
        }
        if (amount == null || amount.amount() <= 0) {
            throw new InvalidFieldException("amountYen", "must be more than zero");
        }
        if (amount.amount() > MAX_YEN) {
            throw new InvalidFieldException("amountYen", "must be at most " + MAX_YEN);
        }
        if (status == InvoiceStatus.CANCELLED) {
            throw new RuleViolationException("invoice-cancelled",
                    id + " was cancelled on " + cancelledOn + "; no payment can be booked against it");
        }
        if (status == InvoiceStatus.PAID) {
            throw new RuleViolationException("invoice-paid", id + " is paid in full already");
        }
        if (amount.compareTo(outstanding()) > 0) {
            throw new RuleViolationException("overpayment", amount.format() + " is more than the outstanding "
                    + outstanding().format() + "; overpayments are not accepted");
        }
        Payment payment = new Payment("pay-" + UUID.randomUUID(), paidOn, amount.amount(),
                method == null ? PaymentMethod.OTHER : method, note == null || note.isBlank() ? null : note.strip());
        payments.add(payment);
        if (outstanding().amount() == 0) {
            status = InvoiceStatus.PAID;
        }
        record(new DuesPaid(id, payment.paymentId(), memberId, fiscalYear, amount.amount(), paidOn,
                outstanding().amount()));
        return payment;
    }

    /**
     * Cancels what is still owed because the member withdrew on {@code withdrawnOn}: the paid part stays,
     * an invoice paid in full is kept as it is (no refund).
     *
     * @return whether this changed the invoice (false when paid up or cancelled already)
     */
    public boolean cancelOnWithdrawal(LocalDate withdrawnOn) {
        if (status != InvoiceStatus.OPEN) {
            return false;
        }
        cancelledYen = outstanding().amount();
        cancelledOn = withdrawnOn;
        cancellationReason = "退会";
        status = InvoiceStatus.CANCELLED;
        return true;
    }

    public Yen paid() {
        return Yen.of(payments.stream().mapToLong(Payment::amountYen).sum());
    }

    /** Paid by the end of {@code asOf}. */
    public Yen paid(LocalDate asOf) {
        return Yen.of(payments.stream().filter(payment -> !payment.paidOn().isAfter(asOf))
                .mapToLong(Payment::amountYen).sum());
    }

    /** What is still owed: the amount less payments and any cancelled remainder. */
    public Yen outstanding() {
        return amount().minus(paid()).minus(cancelled());
    }

    /** What was owed at the end of {@code asOf}: nothing before the invoice was issued. */
    public Yen outstanding(LocalDate asOf) {
        if (asOf.isBefore(issuedOn)) {
            return Yen.ZERO;
        }
        Yen cancelledByThen = cancelledOn != null && !cancelledOn.isAfter(asOf) ? cancelled() : Yen.ZERO;
        return amount().minus(paid(asOf)).minus(cancelledByThen);
    }

    /** Where the member stands with this invoice, as the dues roll prints it. */
    public DuesStatus duesStatus() {
        if (status == InvoiceStatus.CANCELLED) {
            return DuesStatus.CANCELLED;
        }
        if (outstanding().amount() == 0) {
            return DuesStatus.PAID;
        }
        return payments.isEmpty() ? DuesStatus.UNPAID : DuesStatus.PARTLY_PAID;
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public MemberCategory category() {
        return category;
    }

    public Yen rate() {
        return Yen.of(rateYen);
    }

    public Yen amount() {
        return Yen.of(amountYen);
    }

    public DuesCharge.Basis basis() {
        return basis;
    }

    /** The months charged: 12 for a full year, fewer for a pro-rata admission. */
    public int months() {
        return months;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public InvoiceStatus status() {
        return status;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public Yen cancelled() {
        return Yen.of(cancelledYen);
    }

    public String cancellationReason() {
        return cancellationReason;
    }
}
