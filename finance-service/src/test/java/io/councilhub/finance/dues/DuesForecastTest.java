package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuesForecastTest {

    static final Map<MemberCategory, Long> FY2022_RATES = Map.of(MemberCategory.PREFECTURE, 16_200L,
            MemberCategory.MUNICIPALITY, 8_100L, MemberCategory.COMPANY, 8_100L,
            MemberCategory.ACADEMIA, 0L, MemberCategory.ORGANIZATION, 0L);

    @Test
    void theSeedRosterOwes494100() {
        DuesSchedule schedule = DuesSchedule.of(FiscalYear.of(2022), FY2022_RATES);

        DuesForecast forecast = DuesForecast.of(schedule, Map.of(MemberCategory.PREFECTURE, 1L,
                MemberCategory.MUNICIPALITY, 38L, MemberCategory.COMPANY, 21L, MemberCategory.ACADEMIA, 4L,
                MemberCategory.ORGANIZATION, 8L));

        assertThat(forecast.total()).isEqualTo(Yen.of(494_100));
        assertThat(forecast.total().format()).isEqualTo("494,100円");
        assertThat(forecast.lines()).filteredOn(line -> line.category() == MemberCategory.MUNICIPALITY)
                .singleElement().satisfies(line -> assertThat(line.amount()).isEqualTo(Yen.of(307_800)));
        assertThat(forecast.lines()).filteredOn(line -> line.category() == MemberCategory.ACADEMIA)
                .singleElement().satisfies(line -> assertThat(line.amount()).isEqualTo(Yen.ZERO));
    }

    @Test
    void aScheduleNeedsARateForEveryCategoryAndNoNegativeOne() {
        assertThatThrownBy(() -> DuesSchedule.of(FiscalYear.of(2022), Map.of(MemberCategory.PREFECTURE, 16_200L)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> DuesSchedule.of(FiscalYear.of(2022), Map.of(MemberCategory.PREFECTURE, -1L,
                MemberCategory.MUNICIPALITY, 8_100L, MemberCategory.COMPANY, 8_100L, MemberCategory.ACADEMIA, 0L,
                MemberCategory.ORGANIZATION, 0L)))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("rates.PREFECTURE"));
    }
}
