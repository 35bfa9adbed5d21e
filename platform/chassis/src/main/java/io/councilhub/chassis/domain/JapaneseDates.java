package io.councilhub.chassis.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Dates as the council's papers print them: {@code 令和3年8月25日}, the first year of an era as {@code 元年}. */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    public static String format(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : year) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
