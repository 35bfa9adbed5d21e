package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.chassis.outbox.OutboxEntry;
import io.councilhub.contracts.DomainEvent;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.finance.DuesInvoiceIssued;
import io.councilhub.contracts.finance.DuesPaid;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.dues.DuesCharge;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuesInvoiceTest {

    static final FiscalYear FY2022 = FiscalYear.of(2022);
    static final LocalDate APRIL_1 = LocalDate.of(2022, 4, 1);

    static DuesInvoice municipality(String memberId) {
        return DuesInvoice.issue(memberId, FY2022, new DuesCharge(MemberCategory.MUNICIPALITY, Yen.of(8_100),
                DuesCharge.Basis.ANNUAL, 12, Yen.of(8_100)), APRIL_1, LocalDate.of(2022, 6, 30));
    }

    @Test
    void anInvoiceIsIssuedOncePerMemberAndYearAndRecordsDuesInvoiceIssued() {
        DuesInvoice invoice = municipality("m-1");

        assertThat(invoice.id()).isEqualTo("dues-2022-m-1").isEqualTo(DuesInvoice.idOf("m-1", FY2022));
        assertThat(invoice.outstanding()).isEqualTo(Yen.of(8_100));
        assertThat(invoice.duesStatus()).isEqualTo(DuesStatus.UNPAID);
        assertThat(invoice.pendingEvents()).singleElement().satisfies(entry -> assertThat(event(entry, DuesInvoiceIssued.class))
                .isEqualTo(new DuesInvoiceIssued("dues-2022-m-1", "m-1", 2022, 8_100, APRIL_1, LocalDate.of(2022, 6, 30))));
    }

    @Test
    void aPartPaymentLeavesTheRestOutstandingAndTheSecondPaysItUp() {
        DuesInvoice invoice = municipality("m-1");

        Payment first = invoice.pay(LocalDate.of(2022, 5, 20), Yen.of(5_000), PaymentMethod.BANK_TRANSFER, null);
        assertThat(invoice.outstanding()).isEqualTo(Yen.of(3_100));
        assertThat(invoice.duesStatus()).isEqualTo(DuesStatus.PARTLY_PAID);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);

        invoice.pay(LocalDate.of(2022, 6, 10), Yen.of(3_100), PaymentMethod.CASH, "窓口");
        assertThat(invoice.outstanding()).isEqualTo(Yen.ZERO);
        assertThat(invoice.duesStatus()).isEqualTo(DuesStatus.PAID);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.pendingEvents()).hasSize(3);
        assertThat(event(invoice.pendingEvents().get(1), DuesPaid.class)).isEqualTo(new DuesPaid("dues-2022-m-1", first.paymentId(),
                "m-1", 2022, 5_000, LocalDate.of(2022, 5, 20), 3_100));
        assertThat(event(invoice.pendingEvents().get(2), DuesPaid.class).outstandingYen()).isZero();

        assertThat(invoice.outstanding(LocalDate.of(2022, 5, 31))).isEqualTo(Yen.of(3_100));
        assertThat(invoice.outstanding(LocalDate.of(2022, 3, 31))).isEqualTo(Yen.ZERO);
    }

    @Test
    void anOverpaymentIsRefusedAndChangesNothing() {
        DuesInvoice invoice = municipality("m-1");
        invoice.pay(LocalDate.of(2022, 5, 20), Yen.of(5_000), PaymentMethod.BANK_TRANSFER, null);

        assertThatThrownBy(() -> invoice.pay(LocalDate.of(2022, 5, 21), Yen.of(3_101), PaymentMethod.BANK_TRANSFER, null))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("overpayment"));
        assertThat(invoice.outstanding()).isEqualTo(Yen.of(3_100));
        assertThat(invoice.payments()).hasSize(1);
        assertThat(invoice.pendingEvents()).hasSize(2);
    }

    @Test
    void aNegativeZeroOrHugeAmountNamesTheField() {
        DuesInvoice invoice = municipality("m-1");
        for (long amount : new long[] {-1, 0, 1_000_000_000_001L}) {
            assertThatThrownBy(() -> invoice.pay(APRIL_1, Yen.of(amount), PaymentMethod.CASH, null))
                    .isInstanceOf(InvalidFieldException.class)
                    .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("amountYen"));
        }
        assertThat(invoice.payments()).isEmpty();
    }

    @Test
    void withdrawalCancelsTheUnpaidRemainderAndKeepsWhatWasPaid() {
        DuesInvoice invoice = municipality("m-1");
        invoice.pay(LocalDate.of(2022, 5, 20), Yen.of(3_000), PaymentMethod.BANK_TRANSFER, null);

        assertThat(invoice.cancelOnWithdrawal(LocalDate.of(2022, 9, 30))).isTrue();

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(invoice.duesStatus()).isEqualTo(DuesStatus.CANCELLED);
        assertThat(invoice.paid()).isEqualTo(Yen.of(3_000));
        assertThat(invoice.cancelled()).isEqualTo(Yen.of(5_100));
        assertThat(invoice.outstanding()).isEqualTo(Yen.ZERO);
        assertThat(invoice.outstanding(LocalDate.of(2022, 9, 29))).isEqualTo(Yen.of(5_100));
        assertThat(invoice.cancelOnWithdrawal(LocalDate.of(2022, 10, 1))).isFalse();
        assertThat(invoice.cancelledOn()).isEqualTo(LocalDate.of(2022, 9, 30));

        assertThatThrownBy(() -> invoice.pay(LocalDate.of(2022, 10, 1), Yen.of(100), PaymentMethod.CASH, null))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("invoice-cancelled"));
    }

    @Test
    void aPaidUpInvoiceIsNotCancelledOrRefundedOnWithdrawal() {
        DuesInvoice invoice = municipality("m-1");
        invoice.pay(LocalDate.of(2022, 5, 20), Yen.of(8_100), PaymentMethod.BANK_TRANSFER, null);

        assertThat(invoice.cancelOnWithdrawal(LocalDate.of(2022, 9, 30))).isFalse();
        assertThat(invoice.duesStatus()).isEqualTo(DuesStatus.PAID);
        assertThat(invoice.paid()).isEqualTo(Yen.of(8_100));
        assertThatThrownBy(() -> invoice.pay(LocalDate.of(2022, 6, 1), Yen.of(1), PaymentMethod.CASH, null))
                .isInstanceOf(RuleViolationException.class);
    }

    private static <E extends DomainEvent> E event(OutboxEntry entry, Class<E> type) {
        return EventJson.read(entry.payload().getBytes(StandardCharsets.UTF_8), type);
    }
}
