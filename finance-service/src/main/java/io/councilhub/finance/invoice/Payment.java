package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.Yen;

import java.time.LocalDate;

/** 入金: one payment against a dues invoice, in whole yen. */
public record Payment(String paymentId, LocalDate paidOn, long amountYen, PaymentMethod method, String note) {

    public Yen amount() {
        return Yen.of(amountYen);
    }
}
