package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.dues.DuesForecast;
import io.councilhub.finance.dues.DuesSchedule;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DuesNoteTest {

    private static final Map<MemberCategory, Long> FY2022 = Map.of(MemberCategory.PREFECTURE, 16_200L,
            MemberCategory.MUNICIPALITY, 8_100L, MemberCategory.COMPANY, 8_100L, MemberCategory.ACADEMIA, 0L,
            MemberCategory.ORGANIZATION, 0L);

    @Test
    void theSeedRollIsNotedAsThePacketPrintsIt() {
        DuesForecast forecast = DuesForecast.of(DuesSchedule.of(FiscalYear.of(2022), FY2022), Map.of(
                MemberCategory.PREFECTURE, 1L, MemberCategory.MUNICIPALITY, 38L, MemberCategory.COMPANY, 21L,
                MemberCategory.ACADEMIA, 5L, MemberCategory.ORGANIZATION, 8L));

        assertThat(DuesNote.of(forecast)).isEqualTo("県16,200円、 市町村8,100円×38 民間企業8,100円×21");
    }

    @Test
    void exemptAndEmptyCategoriesAreLeftOutAndOtherPayingCategoriesFollowTheCompanies() {
        Map<MemberCategory, Long> rates = new java.util.EnumMap<>(FY2022);
        rates.put(MemberCategory.ACADEMIA, 5_000L);
        DuesForecast forecast = DuesForecast.of(DuesSchedule.of(FiscalYear.of(2023), rates), Map.of(
                MemberCategory.MUNICIPALITY, 2L, MemberCategory.COMPANY, 1L, MemberCategory.ACADEMIA, 3L));

        assertThat(DuesNote.of(forecast)).isEqualTo("市町村8,100円×2 民間企業8,100円 学術機関5,000円×3");
    }
}
