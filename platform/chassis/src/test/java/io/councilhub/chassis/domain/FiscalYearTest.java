package io.councilhub.chassis.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void runsFromAprilToMarch() {
        FiscalYear fy2022 = FiscalYear.of(2022);
        assertThat(fy2022.start()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(fy2022.end()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(fy2022.contains(LocalDate.of(2022, 4, 1))).isTrue();
        assertThat(fy2022.contains(LocalDate.of(2023, 3, 31))).isTrue();
        assertThat(fy2022.contains(LocalDate.of(2022, 3, 31))).isFalse();
        assertThat(fy2022.contains(LocalDate.of(2023, 4, 1))).isFalse();
    }

    @Test
    void januaryToMarchBelongToThePreviousCalendarYearsFiscalYear() {
        assertThat(FiscalYear.of(LocalDate.of(2022, 4, 7))).isEqualTo(FiscalYear.of(2022));
        assertThat(FiscalYear.of(LocalDate.of(2021, 11, 9))).isEqualTo(FiscalYear.of(2021));
        assertThat(FiscalYear.of(LocalDate.of(2022, 3, 15))).isEqualTo(FiscalYear.of(2021));
    }

    @Test
    void isLabelledInTheJapaneseEra() {
        assertThat(FiscalYear.of(2022).label()).isEqualTo("令和4年度");
        assertThat(FiscalYear.of(2021).label()).isEqualTo("令和3年度");
        assertThat(FiscalYear.of(2019).label()).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2018).label()).isEqualTo("平成30年度");
        assertThat(FiscalYear.of(2022).previous().next()).isEqualTo(FiscalYear.of(2022));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> FiscalYear.of(20222)).isInstanceOf(IllegalArgumentException.class);
    }
}
