package io.councilhub.finance.invoice;

/** A member's line on the dues roll (会費納入状況), with the label the secretariat's papers print. */
public enum DuesStatus {
    UNPAID("未納"),
    PARTLY_PAID("一部入金"),
    PAID("完納"),
    /** The category's rate is 0, or the year's policy charges nothing in the year of admission. */
    EXEMPT("免除"),
    /** Cancelled on withdrawal; what was paid before stays paid. */
    CANCELLED("取消"),
    /** Owes dues but the year's invoices have not been issued yet. */
    NOT_INVOICED("未請求");

    private final String label;

    DuesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
