package io.councilhub.finance.budget;

/** The two halves of a budget table. */
public enum Section {
    /** 収入の部 */
    INCOME("収入の部"),
    /** 支出の部 */
    EXPENDITURE("支出の部");

    private final String label;

    Section(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
