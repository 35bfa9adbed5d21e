package io.councilhub.gateway.dashboard;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Formats for templates, as the council's papers print them; a template calls them as {@code @fmt}:
 * {@code ${@fmt.yen(494100)}} is {@code 494,100円}, {@code ${@fmt.plain(-63900)}} is {@code △ 63,900},
 * {@code ${@fmt.date('2022-05-20')}} is {@code 令和4年5月20日} (in English {@code 20 May 2022}).
 * Amounts may be numbers or digit strings (as they come from a service's JSON); null prints as empty.
 */
@Component("fmt")
public class Formats {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** {@code 494,100円}; a negative {@code △ 63,900円}. */
    public String yen(Object amount) {
        String plain = plain(amount);
        return plain.isEmpty() ? "" : plain + "円";
    }

    /** As a cell under a 円 column: {@code 494,100}, a negative {@code △ 63,900}. */
    public String plain(Object amount) {
        Long value = amount(amount);
        if (value == null) {
            return "";
        }
        String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(Math.abs(value));
        return value < 0 ? "△ " + digits : digits;
    }

    /** A count with thousands separators: {@code 1,234}. */
    public String count(Object number) {
        Long value = amount(number);
        return value == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    /** A share as a whole percentage ({@code 83%}), empty when the whole is zero. */
    public String percent(Object part, Object whole) {
        Long p = amount(part);
        Long w = amount(whole);
        if (p == null || w == null || w == 0) {
            return "";
        }
        return Math.round(p * 100.0 / w) + "%";
    }

    /** {@code 令和4年5月20日} in Japanese (元年 for an era's first year), {@code 20 May 2022} in English. */
    public String date(Object value) {
        LocalDate date = localDate(value);
        if (date == null) {
            return value == null ? "" : value.toString();
        }
        if (!japanese()) {
            return ENGLISH_DATE.format(date);
        }
        JapaneseDate era = JapaneseDate.from(date);
        int year = era.get(ChronoField.YEAR_OF_ERA);
        return era.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : year) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A date with its time of day in Tokyo: {@code 令和4年5月20日 14:00}. */
    public String dateTime(Object value) {
        LocalDateTime time = localDateTime(value);
        if (time == null) {
            return date(value);
        }
        return date(time.toLocalDate()) + " " + String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** The label of a fiscal year ({@code 令和4年度}, or {@code FY2022} in English). */
    public String fiscalYear(Object year) {
        Long value = amount(year);
        if (value == null) {
            return "";
        }
        FiscalYear fy = FiscalYear.of(value.intValue());
        return japanese() ? fy.eraLabel() : "FY" + fy.startYear();
    }

    private static boolean japanese() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static Long amount(Object amount) {
        if (amount == null) {
            return null;
        }
        if (amount instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.longValue() : number.longValue();
        }
        String text = amount.toString().trim().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        LocalDateTime time = localDateTime(value);
        if (time != null) {
            return time.toLocalDate();
        }
        if (value instanceof String text && text.length() >= 10) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (RuntimeException notADate) {
                return null;
            }
        }
        return null;
    }

    private static LocalDateTime localDateTime(Object value) {
        if (value instanceof LocalDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, TOKYO);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(TOKYO).toLocalDateTime();
        }
        if (value instanceof String text && text.length() > 10) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(TOKYO).toLocalDateTime();
            } catch (RuntimeException notOffset) {
                try {
                    return LocalDateTime.ofInstant(Instant.parse(text), TOKYO);
                } catch (RuntimeException notInstant) {
                    try {
                        return LocalDateTime.parse(text);
                    } catch (RuntimeException notLocal) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
