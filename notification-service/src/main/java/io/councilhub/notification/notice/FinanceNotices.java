package io.councilhub.notification.notice;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.finance.BudgetAdopted;
import io.councilhub.contracts.finance.DuesInvoiceIssued;
import io.councilhub.contracts.finance.DuesPaid;
import io.councilhub.notification.member.MemberDirectory;
import io.councilhub.notification.subscriber.MailingList;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Finance's events: an adopted budget is announced to the officers (the officer list); a dues invoice
 * and each payment's receipt go to the member's BILLING contacts (PRIMARY if it has none).
 */
@Component
class FinanceNotices {

    private final Notices notices;
    private final Audiences audiences;
    private final MemberDirectory directory;

    FinanceNotices(Notices notices, Audiences audiences, MemberDirectory directory) {
        this.notices = notices;
        this.audiences = audiences;
        this.directory = directory;
    }

    void on(BudgetAdopted adopted, EventMetadata metadata) {
        notices.send(NoticeKind.BUDGET_ADOPTED, metadata.id(), audiences.list(MailingList.OFFICERS), recipient -> Map.of(
                "fiscalYear", Formats.fiscalYear(adopted.fiscalYear(), recipient.language()),
                "version", String.valueOf(adopted.version()),
                "total", Formats.yen(adopted.totalYen(), recipient.language()),
                "adoptedOn", Formats.date(adopted.adoptedOn(), recipient.language())));
    }

    void on(DuesInvoiceIssued issued, EventMetadata metadata) {
        String member = memberName(issued.memberId());
        notices.send(NoticeKind.DUES_INVOICE_ISSUED, metadata.id(), audiences.billing(issued.memberId()), recipient -> Map.of(
                "member", member,
                "fiscalYear", Formats.fiscalYear(issued.fiscalYear(), recipient.language()),
                "amount", Formats.yen(issued.amountYen(), recipient.language()),
                "issuedOn", Formats.date(issued.issuedOn(), recipient.language()),
                "dueOn", Formats.date(issued.dueOn(), recipient.language()),
                "invoiceId", issued.invoiceId()));
    }

    void on(DuesPaid paid, EventMetadata metadata) {
        String member = memberName(paid.memberId());
        notices.send(NoticeKind.DUES_PAID, metadata.id(), audiences.billing(paid.memberId()), recipient -> Map.of(
                "member", member,
                "fiscalYear", Formats.fiscalYear(paid.fiscalYear(), recipient.language()),
                "amount", Formats.yen(paid.amountYen(), recipient.language()),
                "paidOn", Formats.date(paid.paidOn(), recipient.language()),
                "outstanding", Formats.yen(paid.outstandingYen(), recipient.language()),
                "invoiceId", paid.invoiceId()));
    }

    private String memberName(String memberId) {
        return directory.member(memberId).map(m -> Formats.text(m.name())).orElse("-");
    }
}
