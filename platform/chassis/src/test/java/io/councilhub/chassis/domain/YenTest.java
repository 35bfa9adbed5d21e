package io.councilhub.chassis.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YenTest {

    @Test
    void formatsAsTheBudgetTablePrintsIt() {
        assertThat(Yen.of(494_100).format()).isEqualTo("494,100円");
        assertThat(Yen.of(494_100).formatPlain()).isEqualTo("494,100");
        assertThat(Yen.of(-63_900).formatPlain()).isEqualTo("△ 63,900");
        assertThat(Yen.of(-63_900).format()).isEqualTo("△ 63,900円");
        assertThat(Yen.ZERO.format()).isEqualTo("0円");
    }

    @Test
    void theDuesLineOfTheSeedAddsUp() {
        Yen dues = Yen.of(16_200).plus(Yen.of(8_100).times(38)).plus(Yen.of(8_100).times(21));
        assertThat(dues).isEqualTo(Yen.of(494_100));
        assertThat(dues.minus(Yen.of(558_000)).formatPlain()).isEqualTo("△ 63,900");
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        assertThatThrownBy(() -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1))).isInstanceOf(ArithmeticException.class);
    }
}
