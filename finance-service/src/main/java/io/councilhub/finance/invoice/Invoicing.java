package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.account.MemberAccount;
import io.councilhub.finance.account.MemberAccounts;
import io.councilhub.finance.dues.Dues;
import io.councilhub.finance.dues.DuesCharge;
import io.councilhub.finance.dues.DuesSchedule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues dues invoices (in bulk for a year, and on admission once the year's invoices are out), books
 * payments, cancels on withdrawal and answers the arrears list and the dues roll.
 */
@Service
public class Invoicing {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final DuesInvoices invoices;
    private final InvoiceRuns runs;
    private final Dues dues;
    private final MemberAccounts accounts;

    Invoicing(DuesInvoices invoices, InvoiceRuns runs, Dues dues, MemberAccounts accounts) {
        this.invoices = invoices;
        this.runs = runs;
        this.dues = dues;
        this.accounts = accounts;
    }

    enum Outcome { ISSUED, ALREADY_ISSUED, EXEMPT, NOT_CHARGED }

    /**
     * 一括請求: invoices every member that owes dues for {@code year} (admitted by its end, not withdrawn in
     * or before it): the year's rate for a member from the year's start, the mid-year policy for one admitted
     * later. Idempotent: a repeat issues only what is missing (usually nothing) and says so. The run is
     * recorded first, so an admission handled while it runs is invoiced by one or the other, never both.
     */
    public IssueReport issueForYear(FiscalYear year, LocalDate issuedOn) {
        DuesSchedule schedule = dues.schedule(year);
        LocalDate on = issuedOn == null ? today() : issuedOn;
        boolean repeated = runs.findById(year.startYear()).map(run -> {
            runs.save(run.again(on));
            return true;
        }).orElseGet(() -> {
            runs.save(InvoiceRun.first(year.startYear(), on));
            return false;
        });
        int issued = 0;
        int already = 0;
        int exempt = 0;
        int notCharged = 0;
        Yen total = Yen.ZERO;
        for (MemberAccount account : accounts.owingDues(year)) {
            DuesCharge charge = schedule.chargeFor(account.category(), account.admittedOn());
            switch (issue(schedule, account, charge, on)) {
                case ISSUED -> {
                    issued++;
                    total = total.plus(charge.amount());
                }
                case ALREADY_ISSUED -> already++;
                case EXEMPT -> exempt++;
                case NOT_CHARGED -> notCharged++;
            }
        }
        return new IssueReport(year, issued, total, already, exempt, notCharged, repeated);
    }

    /** 入会: invoices the member for every year whose invoices are out already and for which it owes dues. */
    void admitted(String memberId) {
        MemberAccount account = accounts.find(memberId).orElse(null);
        if (account == null) {
            return;
        }
        for (InvoiceRun run : runs.findAll()) {
            FiscalYear year = FiscalYear.of(run.fiscalYear());
            if (account.owesDuesIn(year)) {
                dues.find(year).ifPresent(schedule -> issue(schedule, account,
                        schedule.chargeFor(account.category(), account.admittedOn()), today()));
            }
        }
    }

    /** 退会: cancels what is unpaid on the member's invoices for the withdrawal's year and later. */
    void withdrawn(String memberId, LocalDate withdrawnOn) {
        for (DuesInvoice invoice : invoices.findByMemberIdAndFiscalYearGreaterThanEqual(memberId,
                FiscalYear.of(withdrawnOn).startYear())) {
            if (invoice.cancelOnWithdrawal(withdrawnOn)) {
                invoices.save(invoice);
            }
        }
    }

    private Outcome issue(DuesSchedule schedule, MemberAccount account, DuesCharge charge, LocalDate issuedOn) {
        if (charge.basis() == DuesCharge.Basis.EXEMPT) {
            return Outcome.EXEMPT;
        }
        if (!charge.invoiced()) {
            return Outcome.NOT_CHARGED;
        }
        FiscalYear year = schedule.fiscalYear();
        if (invoices.existsById(DuesInvoice.idOf(account.memberId(), year))) {
            return Outcome.ALREADY_ISSUED;
        }
        LocalDate dueOn = schedule.dueOn().isAfter(issuedOn.plusMonths(1)) ? schedule.dueOn() : issuedOn.plusMonths(1);
        try {
            invoices.insert(DuesInvoice.issue(account.memberId(), year, charge, issuedOn, dueOn));
            return Outcome.ISSUED;
        } catch (DuplicateKeyException issuedMeanwhile) {
            return Outcome.ALREADY_ISSUED;
        }
    }

    /** 入金: books a payment against the invoice; see {@link DuesInvoice#pay}. */
    public DuesInvoice pay(String invoiceId, LocalDate paidOn, Yen amount, PaymentMethod method, String note) {
        DuesInvoice invoice = get(invoiceId);
        invoice.pay(paidOn, amount, method, note);
        return invoices.save(invoice);
    }

    public DuesInvoice get(String invoiceId) {
        return invoices.findById(invoiceId).orElseThrow(() -> new NotFoundException("dues invoice", invoiceId));
    }

    public List<DuesInvoice> ofYear(FiscalYear year) {
        return invoices.findByFiscalYear(year.startYear());
    }

    public List<DuesInvoice> ofMember(String memberId) {
        return invoices.findByMemberIdOrderByFiscalYear(memberId);
    }

    public Map<String, MemberAccount> accountsOf(List<DuesInvoice> of) {
        return accounts.findAll(of.stream().map(DuesInvoice::memberId).distinct().toList()).stream()
                .collect(Collectors.toMap(MemberAccount::memberId, Function.identity()));
    }

    /** 未納一覧: the year's invoices with something outstanding at the end of {@code asOf}, by member name. */
    public Arrears arrears(FiscalYear year, LocalDate asOf) {
        LocalDate on = asOf == null ? today() : asOf;
        List<DuesInvoice> open = ofYear(year).stream().filter(invoice -> invoice.outstanding(on).amount() > 0).toList();
        Map<String, MemberAccount> names = accountsOf(open);
        List<Arrears.Line> lines = open.stream()
                .map(invoice -> Arrears.Line.of(invoice, names.get(invoice.memberId()), on))
                .sorted(Comparator.comparing((Arrears.Line line) -> line.category().ordinal())
                        .thenComparing(line -> line.memberName() == null ? "" : line.memberName()))
                .toList();
        return new Arrears(year, on, lines);
    }

    /** 会費納入状況: every member that owes dues for the year or was invoiced for it, and where each stands. */
    public DuesRoll roll(FiscalYear year) {
        DuesSchedule schedule = dues.schedule(year);
        List<DuesInvoice> ofYear = ofYear(year);
        return DuesRoll.of(schedule, runs.existsById(year.startYear()), accounts.owingDues(year), accountsOf(ofYear),
                ofYear);
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }
}
