package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    /** A landline, a mobile, digits alone, a toll-free number. */
    @ParameterizedTest
    @ValueSource(strings = {"047-424-2966", "090-7204-9429", "0432775663", "0120-123-456"})
    void acceptsJapaneseNumbersWithOrWithoutHyphens(String number) {
        assertThat(new PhoneNumber(number).value()).isEqualTo(number);
    }

    @Test
    void takesFullWidthDigitsAndDashesAsTheirAsciiForms() {
        assertThat(new PhoneNumber(" ０４７－４２４ー２９６６ ").value()).isEqualTo("047-424-2966");
        assertThat(new PhoneNumber("047−424−2966").digits()).isEqualTo("0474242966");
    }

    @ParameterizedTest
    @ValueSource(strings = {"047-424-296", "090-7204-94290", "47-424-2966", "047--424-2966", "-047-424-2966",
            "047-424-2966-", "047(424)2966", "+81-47-424-2966", "tel 047", ""})
    void refusesWhatIsNotAJapaneseNumber(String number) {
        assertThatThrownBy(() -> new PhoneNumber(number)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("phone"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(number.isEmpty() ? "\u0000" : number));
    }

    @Test
    void saysWhenASpreadsheetDroppedTheLeadingZero() {
        assertThatThrownBy(() -> new PhoneNumber("474242966")).hasMessageContaining("leading 0");
    }

    @Test
    void printsMasked() {
        PhoneNumber phone = new PhoneNumber("090-7204-9429");
        assertThat(phone.toString()).isEqualTo("0**-****-**29").doesNotContain("7204");
        assertThat(phone.masked()).isEqualTo(phone.toString());
    }
}
