package io.councilhub.finance.dues;

/** What a member admitted after the fiscal year began owes for that year: a setting of each year's schedule. */
public enum MidYearAdmission {
    /** 年額: the full year's rate. */
    FULL_YEAR("年額"),
    /**
     * 月割: the rate x the months left in the year, the month of admission included, / 12, rounded down to the
     * yen (admitted in September: 7 months, 8,100円 x 7 / 12 = 4,725円).
     */
    MONTHLY_PRO_RATA("月割"),
    /** 当年度免除: nothing for the year of admission; dues start with the next year. */
    NONE("当年度免除");

    private final String label;

    MidYearAdmission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
