package io.councilhub.finance.invoice;

/** Where a dues invoice stands: open (nothing or part paid), paid in full, or cancelled (on withdrawal). */
public enum InvoiceStatus {
    OPEN, PAID, CANCELLED
}
