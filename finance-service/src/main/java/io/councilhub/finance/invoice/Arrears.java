package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.account.MemberAccount;

import java.time.LocalDate;
import java.util.List;

/** 未納一覧: the year's invoices with something outstanding at the end of {@code asOf}. */
public record Arrears(FiscalYear fiscalYear, LocalDate asOf, List<Line> lines) {

    public record Line(String invoiceId, String memberId, String memberName, MemberCategory category, Yen amount,
                       Yen paid, Yen outstanding, LocalDate dueOn, boolean overdue) {

        static Line of(DuesInvoice invoice, MemberAccount account, LocalDate asOf) {
            return new Line(invoice.id(), invoice.memberId(), account == null ? null : account.name(),
                    invoice.category(), invoice.amount(), invoice.paid(asOf), invoice.outstanding(asOf),
                    invoice.dueOn(), invoice.dueOn().isBefore(asOf));
        }
    }

    public Yen total() {
        return lines.stream().map(Line::outstanding).reduce(Yen.ZERO, Yen::plus);
    }
}
