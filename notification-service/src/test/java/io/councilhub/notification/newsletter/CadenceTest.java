package io.councilhub.notification.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private final Cadence cadence = Cadence.firstAndFifteenth();

    @Test
    void theNextSlotIsThe1stOrThe15thAt9InTokyo() {
        assertThat(cadence.nextAfter(OffsetDateTime.parse("2022-04-03T10:00+09:00").toInstant()))
                .isEqualTo(OffsetDateTime.parse("2022-04-15T09:00+09:00").toInstant());
        assertThat(cadence.nextAfter(OffsetDateTime.parse("2022-04-15T08:59+09:00").toInstant()))
                .isEqualTo(OffsetDateTime.parse("2022-04-15T09:00+09:00").toInstant());
        assertThat(cadence.nextAfter(OffsetDateTime.parse("2022-04-15T09:00+09:00").toInstant()))
                .isEqualTo(OffsetDateTime.parse("2022-05-01T09:00+09:00").toInstant());
        assertThat(cadence.nextAfter(OffsetDateTime.parse("2022-12-20T12:00+09:00").toInstant()))
                .isEqualTo(OffsetDateTime.parse("2023-01-01T09:00+09:00").toInstant());
    }

    @Test
    void aDayPastTheMonthsEndIsItsLastDay() {
        Cadence endOfMonth = new Cadence(List.of(31), LocalTime.of(18, 0));
        assertThat(endOfMonth.nextAfter(OffsetDateTime.parse("2022-02-01T00:00+09:00").toInstant()))
                .isEqualTo(OffsetDateTime.parse("2022-02-28T18:00+09:00").toInstant());
    }
}
