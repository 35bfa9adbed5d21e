package io.councilhub.contracts.finance;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** A payment was recorded against a dues invoice; {@code outstandingYen} is what is still owed. */
public record DuesPaid(String invoiceId, String paymentId, String memberId, int fiscalYear, long amountYen,
                       LocalDate paidOn, long outstandingYen) implements DomainEvent {

    public DuesPaid {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(paymentId, "paymentId");
    }

    @Override
    public String subject() {
        return invoiceId;
    }
}
