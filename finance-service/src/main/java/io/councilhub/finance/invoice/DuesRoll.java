package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.account.MemberAccount;
import io.councilhub.finance.dues.DuesCharge;
import io.councilhub.finance.dues.DuesSchedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 会費納入状況: per member of the year, its category and rate, what it was invoiced, paid, what was
 * cancelled and what is outstanding, and its status; with the totals. Rows: every member that owes dues
 * for the year, and every member invoiced for it (a withdrawn member's cancelled invoice among them),
 * in category order and then by name.
 */
public record DuesRoll(FiscalYear fiscalYear, boolean invoicesIssued, List<Line> lines, Totals totals) {

    public record Line(String memberId, String memberName, MemberCategory category, Yen rate, Yen invoiced, Yen paid,
                       Yen cancelled, Yen outstanding, DuesStatus status, String invoiceId, String note) {
    }

    public record Totals(int members, Yen invoiced, Yen paid, Yen cancelled, Yen outstanding,
                         Map<DuesStatus, Integer> byStatus) {
    }

    /** 県, 市町村, 民間企業, 大学・研究機関, 団体. */
    public static String categoryLabel(MemberCategory category) {
        return switch (category) {
            case PREFECTURE -> "県";
            case MUNICIPALITY -> "市町村";
            case COMPANY -> "民間企業";
            case ACADEMIA -> "大学・研究機関";
            case ORGANIZATION -> "団体";
        };
    }

    public static DuesRoll of(DuesSchedule schedule, boolean invoicesIssued, List<MemberAccount> owing,
                              Map<String, MemberAccount> invoicedAccounts, List<DuesInvoice> invoices) {
        Map<String, DuesInvoice> byMember = new HashMap<>();
        invoices.forEach(invoice -> byMember.put(invoice.memberId(), invoice));
        Map<String, Line> lines = new HashMap<>();
        for (MemberAccount account : owing) {
            DuesInvoice invoice = byMember.get(account.memberId());
            lines.put(account.memberId(), invoice != null ? line(account.name(), invoice)
                    : uninvoiced(account, schedule.chargeFor(account.category(), account.admittedOn()), invoicesIssued));
        }
        for (DuesInvoice invoice : invoices) {
            if (!lines.containsKey(invoice.memberId())) {
                MemberAccount account = invoicedAccounts.get(invoice.memberId());
                lines.put(invoice.memberId(), line(account == null ? null : account.name(), invoice));
            }
        }
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing((Line line) -> line.category().ordinal())
                .thenComparing(line -> line.memberName() == null ? "" : line.memberName())
                .thenComparing(Line::memberId));
        return new DuesRoll(schedule.fiscalYear(), invoicesIssued, List.copyOf(sorted), totals(sorted));
    }

    private static Line line(String name, DuesInvoice invoice) {
        String note = switch (invoice.basis()) {
            case PRO_RATA -> "月割 " + invoice.months() + "か月";
            default -> null;
        };
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            note = (note == null ? "" : note + "、") + "退会により取消 (" + invoice.cancelledOn() + ")";
        }
        return new Line(invoice.memberId(), name, invoice.category(), invoice.rate(), invoice.amount(), invoice.paid(),
                invoice.cancelled(), invoice.outstanding(), invoice.duesStatus(), invoice.id(), note);
    }

    private static Line uninvoiced(MemberAccount account, DuesCharge charge, boolean invoicesIssued) {
        DuesStatus status;
        String note = null;
        if (charge.basis() == DuesCharge.Basis.EXEMPT) {
            status = DuesStatus.EXEMPT;
        } else if (charge.basis() == DuesCharge.Basis.WAIVED_FOR_ADMISSION_YEAR) {
            status = DuesStatus.EXEMPT;
            note = "年度途中入会 (" + account.admittedOn() + ")";
        } else {
            status = DuesStatus.NOT_INVOICED;
            note = invoicesIssued ? null : "請求書未発行";
        }
        return new Line(account.memberId(), account.name(), account.category(), charge.rate(), Yen.ZERO, Yen.ZERO,
                Yen.ZERO, Yen.ZERO, status, null, note);
    }

    private static Totals totals(List<Line> lines) {
        Map<DuesStatus, Integer> byStatus = new EnumMap<>(DuesStatus.class);
        for (DuesStatus status : DuesStatus.values()) {
            byStatus.put(status, 0);
        }
        Yen invoiced = Yen.ZERO;
        Yen paid = Yen.ZERO;
        Yen cancelled = Yen.ZERO;
        Yen outstanding = Yen.ZERO;
        for (Line line : lines) {
            byStatus.merge(line.status(), 1, Integer::sum);
            invoiced = invoiced.plus(line.invoiced());
            paid = paid.plus(line.paid());
            cancelled = cancelled.plus(line.cancelled());
            outstanding = outstanding.plus(line.outstanding());
        }
        return new Totals(lines.size(), invoiced, paid, cancelled, outstanding, byStatus);
    }
}
