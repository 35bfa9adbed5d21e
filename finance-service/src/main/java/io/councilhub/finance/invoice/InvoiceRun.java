package io.councilhub.finance.invoice;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * 一括請求: the record that a fiscal year's invoices went out in bulk (first on {@code firstIssuedOn}).
 * From then on a member admitted into that year is invoiced on admission.
 */
@Document("duesInvoiceRuns")
public record InvoiceRun(@Id int fiscalYear, LocalDate firstIssuedOn, LocalDate lastRunOn, int runs) {

    static InvoiceRun first(int fiscalYear, LocalDate on) {
        return new InvoiceRun(fiscalYear, on, on, 1);
    }

    InvoiceRun again(LocalDate on) {
        return new InvoiceRun(fiscalYear, firstIssuedOn, on, runs + 1);
    }
}
