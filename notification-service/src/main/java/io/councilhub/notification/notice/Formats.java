package io.councilhub.notification.notice;

import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.notification.subscriber.Language;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and yen as a notice's reader expects them: 令和 dates in Japanese, ISO dates in English, Tokyo time. */
final class Formats {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    static String date(LocalDate date, Language language) {
        if (date == null) {
            return "-";
        }
        return language == Language.EN ? date.format(EN_DATE) : JapaneseDates.format(date);
    }

    static String dateTime(OffsetDateTime at, Language language) {
        if (at == null) {
            return "-";
        }
        var tokyo = at.atZoneSameInstant(TOKYO);
        return language == Language.EN
                ? tokyo.toLocalDate().format(EN_DATE) + " " + tokyo.format(TIME) + " JST"
                : JapaneseDates.format(tokyo.toLocalDate()) + " " + tokyo.format(TIME);
    }

    static String yen(long amount, Language language) {
        String digits = String.format(Locale.ROOT, "%,d", amount);
        return language == Language.EN ? "JPY " + digits : digits + "円";
    }

    static String fiscalYear(int year, Language language) {
        return language == Language.EN ? "FY" + year : io.councilhub.chassis.domain.FiscalYear.of(year).label();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
