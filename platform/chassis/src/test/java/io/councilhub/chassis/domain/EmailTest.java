package io.councilhub.chassis.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTest {

    @Test
    void keepsTheLocalPartAndLowerCasesTheDomain() {
        assertThat(Email.of(" T.Kano2005@Example.JP ").value()).isEqualTo("T.Kano2005@example.jp");
    }

    @Test
    void rejectsWhatIsNotAnAddress() {
        assertThatThrownBy(() -> Email.of("tetsuo@")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Email.of("no-at-sign.example.jp")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Email.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksItselfForLogs() {
        assertThat(Email.of("tetsuo@asai.biz").masked()).isEqualTo("t***@asai.biz");
        assertThat(Email.of("tetsuo@asai.biz").toString()).doesNotContain("tetsuo");
    }
}
