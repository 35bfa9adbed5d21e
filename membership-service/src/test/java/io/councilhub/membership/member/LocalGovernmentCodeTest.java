package io.councilhub.membership.member;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalGovernmentCodeTest {

    /** 千葉県, 千葉市, 市川市, 船橋市, 木更津市, 四街道市, 富里市 (remainder 1), 神崎町 (remainder 0). */
    @ParameterizedTest
    @ValueSource(strings = {"120006", "121002", "122033", "122041", "122068", "122319", "122360", "123421"})
    void acceptsRealCodesOfChiba(String code) {
        assertThat(new LocalGovernmentCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"122034", "12203", "1220333", "12203a", ""})
    void refusesTyposAndWrongShapes(String code) {
        assertThatThrownBy(() -> new LocalGovernmentCode(code)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("localGovernmentCode"));
    }
}
