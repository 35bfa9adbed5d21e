package io.councilhub.contracts.finance;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** A dues (負担金) invoice was issued to a member for a fiscal year. Amounts are whole yen. */
public record DuesInvoiceIssued(String invoiceId, String memberId, int fiscalYear, long amountYen, LocalDate issuedOn,
                                LocalDate dueOn) implements DomainEvent {

    public DuesInvoiceIssued {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(memberId, "memberId");
    }

    @Override
    public String subject() {
        return invoiceId;
    }
}
