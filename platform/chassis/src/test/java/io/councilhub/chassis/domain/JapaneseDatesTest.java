package io.councilhub.chassis.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class JapaneseDatesTest {

    @Test
    void printsTheWithdrawalDatesAsThePacketDoes() {
        assertThat(JapaneseDates.format(LocalDate.of(2021, 8, 25))).isEqualTo("令和3年8月25日");
        assertThat(JapaneseDates.format(LocalDate.of(2022, 4, 7))).isEqualTo("令和4年4月7日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.format(LocalDate.of(2013, 5, 27))).isEqualTo("平成25年5月27日");
    }
}
