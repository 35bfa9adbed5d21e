package io.councilhub.finance.invoice;

/** How a payment reached the council. */
public enum PaymentMethod {
    BANK_TRANSFER("振込"),
    CASH("現金"),
    OTHER("その他");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
