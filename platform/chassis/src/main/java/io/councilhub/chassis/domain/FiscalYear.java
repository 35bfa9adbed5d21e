package io.councilhub.chassis.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * 年度: the council's fiscal year, April to March, named by the calendar year it starts in
 * ({@code FiscalYear.of(2022)} runs 2022-04-01..2023-03-31) and labelled in the Japanese era
 * ({@code 令和4年度}).
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final int FIRST_MONTH = 4;

    public FiscalYear {
        if (startYear < 1900 || startYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a date falls in: January to March belong to the year that started the April before. */
    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= FIRST_MONTH ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, FIRST_MONTH, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, FIRST_MONTH - 1, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /**
     * {@code 令和4年度}. The era is the one in force on 1 May, so a year in which the era changed
     * takes the new name, as the government styled 2019 ({@code 令和元年度}); the first year of an
     * era is {@code 元}.
     */
    public String label() {
        JapaneseDate date = JapaneseDate.from(LocalDate.of(startYear, 5, 1));
        JapaneseEra era = date.getEra();
        int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPAN) + (yearOfEra == 1 ? "元" : yearOfEra) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "FY" + startYear;
    }
}
