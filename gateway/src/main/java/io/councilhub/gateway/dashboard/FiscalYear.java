package io.councilhub.gateway.dashboard;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * 年度 as the dashboard shows and selects it: April to March, named by the year it starts in, labelled
 * {@code 令和4年度 (2022)}. A small copy of the chassis' FiscalYear, which the gateway does not depend on
 * (the chassis brings Kafka and Mongo auto-configuration with it).
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public FiscalYear {
        if (startYear < 1989 || startYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** {@code 令和4年度}; the era in force on 1 May, the first year of an era {@code 元}. */
    public String eraLabel() {
        JapaneseDate date = JapaneseDate.from(LocalDate.of(startYear, 5, 1));
        JapaneseEra era = date.getEra();
        int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPAN) + (yearOfEra == 1 ? "元" : yearOfEra) + "年度";
    }

    /** {@code 令和4年度 (2022)}, as the selector lists it. */
    public String label() {
        return eraLabel() + " (" + startYear + ")";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return Integer.toString(startYear);
    }
}
