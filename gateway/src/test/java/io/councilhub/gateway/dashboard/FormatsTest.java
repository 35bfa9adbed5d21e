package io.councilhub.gateway.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Money, changes, dates and years print as the council's papers print them. */
class FormatsTest {

    final Formats fmt = new Formats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void moneyHasThousandsSeparatorsAndNegativesATriangle() {
        assertThat(fmt.yen(494_100)).isEqualTo("494,100円");
        assertThat(fmt.yen("938158")).isEqualTo("938,158円");
        assertThat(fmt.plain(-63_900L)).isEqualTo("△ 63,900");
        assertThat(fmt.plain(0)).isEqualTo("0");
        assertThat(fmt.yen(null)).isEmpty();
        assertThat(fmt.percent(405_000, 494_100)).isEqualTo("82%");
        assertThat(fmt.percent(1, 0)).isEmpty();
    }

    @Test
    void datesCarryTheJapaneseEraAndItsFirstYearIsGannen() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(fmt.date("2021-08-25")).isEqualTo("令和3年8月25日");
        assertThat(fmt.date("2019-05-01")).isEqualTo("令和元年5月1日");
        assertThat(fmt.date("2019-04-30")).isEqualTo("平成31年4月30日");
        assertThat(fmt.dateTime("2022-05-27T14:00:00+09:00")).isEqualTo("令和4年5月27日 14:00");
        assertThat(fmt.dateTime(Instant.parse("2023-03-01T00:05:00Z"))).isEqualTo("令和5年3月1日 09:05");
        assertThat(fmt.fiscalYear(2022)).isEqualTo("令和4年度");
    }

    @Test
    void inEnglishDatesAndYearsAreWesternStyle() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.date("2022-05-27")).isEqualTo("27 May 2022");
        assertThat(fmt.fiscalYear(2022)).isEqualTo("FY2022");
    }

    @Test
    void fiscalYearsRunFromAprilAndAreLabelledByTheEraOfTheirMay() {
        assertThat(FiscalYear.of(2022).label()).isEqualTo("令和4年度 (2022)");
        assertThat(FiscalYear.of(2019).eraLabel()).isEqualTo("令和元年度");
        assertThat(FiscalYear.containing(java.time.LocalDate.of(2023, 3, 31))).isEqualTo(FiscalYear.of(2022));
        assertThat(FiscalYear.containing(java.time.LocalDate.of(2023, 4, 1))).isEqualTo(FiscalYear.of(2023));
    }
}
