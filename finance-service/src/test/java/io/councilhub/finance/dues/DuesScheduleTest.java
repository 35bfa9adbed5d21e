package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.councilhub.finance.dues.DuesForecastTest.FY2022_RATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuesScheduleTest {

    static DuesSchedule fy2022(MidYearAdmission policy) {
        return DuesSchedule.of(FiscalYear.of(2022), FY2022_RATES, policy, LocalDate.of(2022, 6, 30));
    }

    @Test
    void aMemberFromTheYearsStartOwesTheRateWhateverThePolicy() {
        for (MidYearAdmission policy : MidYearAdmission.values()) {
            DuesCharge charge = fy2022(policy).chargeFor(MemberCategory.PREFECTURE, LocalDate.of(2013, 5, 27));
            assertThat(charge.amount()).isEqualTo(Yen.of(16_200));
            assertThat(charge.basis()).isEqualTo(DuesCharge.Basis.ANNUAL);
        }
        assertThat(fy2022(MidYearAdmission.NONE).chargeFor(MemberCategory.COMPANY, LocalDate.of(2022, 4, 1)).amount())
                .isEqualTo(Yen.of(8_100));
    }

    @Test
    void aMunicipalityAdmittedInSeptemberOwesTheFullYearSevenTwelfthsOrNothing() {
        LocalDate september = LocalDate.of(2022, 9, 15);

        assertThat(fy2022(MidYearAdmission.FULL_YEAR).chargeFor(MemberCategory.MUNICIPALITY, september).amount())
                .isEqualTo(Yen.of(8_100));

        DuesCharge proRata = fy2022(MidYearAdmission.MONTHLY_PRO_RATA).chargeFor(MemberCategory.MUNICIPALITY, september);
        assertThat(proRata.months()).isEqualTo(7);
        assertThat(proRata.amount()).isEqualTo(Yen.of(4_725));
        assertThat(proRata.basis()).isEqualTo(DuesCharge.Basis.PRO_RATA);

        DuesCharge none = fy2022(MidYearAdmission.NONE).chargeFor(MemberCategory.MUNICIPALITY, september);
        assertThat(none.amount()).isEqualTo(Yen.ZERO);
        assertThat(none.invoiced()).isFalse();
        assertThat(none.basis()).isEqualTo(DuesCharge.Basis.WAIVED_FOR_ADMISSION_YEAR);
    }

    @Test
    void proRataCountsTheMonthOfAdmissionAndRoundsDownToTheYen() {
        Map<MemberCategory, Long> rates = new HashMap<>(FY2022_RATES);
        rates.put(MemberCategory.COMPANY, 10_000L);
        DuesSchedule schedule = DuesSchedule.of(FiscalYear.of(2022), rates, MidYearAdmission.MONTHLY_PRO_RATA, null);

        assertThat(schedule.chargeFor(MemberCategory.COMPANY, LocalDate.of(2022, 9, 1)).amount())
                .isEqualTo(Yen.of(5_833)); // 10,000 x 7 / 12 = 5,833.33
        assertThat(schedule.chargeFor(MemberCategory.COMPANY, LocalDate.of(2023, 3, 31)).amount())
                .isEqualTo(Yen.of(833)); // March: 1 month
        assertThat(schedule.chargeFor(MemberCategory.COMPANY, LocalDate.of(2022, 4, 2)).amount())
                .isEqualTo(Yen.of(10_000)); // April: 12 months
        assertThat(schedule.chargeFor(MemberCategory.PREFECTURE, LocalDate.of(2023, 1, 10)).amount())
                .isEqualTo(Yen.of(4_050)); // 16,200 x 3 / 12
    }

    @Test
    void anExemptCategoryOwesNothing() {
        DuesCharge charge = fy2022(MidYearAdmission.FULL_YEAR).chargeFor(MemberCategory.ACADEMIA, LocalDate.of(2013, 5, 27));
        assertThat(charge.basis()).isEqualTo(DuesCharge.Basis.EXEMPT);
        assertThat(charge.invoiced()).isFalse();
    }

    @Test
    void nextYearStartsFromThisYearsRatesPolicyAndDeadline() {
        DuesSchedule next = fy2022(MidYearAdmission.MONTHLY_PRO_RATA).proposalForNextYear();

        assertThat(next.fiscalYear()).isEqualTo(FiscalYear.of(2023));
        assertThat(next.rates()).isEqualTo(FY2022_RATES);
        assertThat(next.midYearAdmission()).isEqualTo(MidYearAdmission.MONTHLY_PRO_RATA);
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(next.startedFrom()).isEqualTo(2022);
    }

    @Test
    void aRateAboveATrillionYenOrADeadlineOutsideTheYearIsRefusedNamingTheField() {
        Map<MemberCategory, Long> rates = new HashMap<>(FY2022_RATES);
        rates.put(MemberCategory.COMPANY, 1_000_000_000_001L);
        assertThatThrownBy(() -> fy2022(MidYearAdmission.FULL_YEAR).revise(rates))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("rates.COMPANY"));
        assertThatThrownBy(() -> DuesSchedule.of(FiscalYear.of(2022), FY2022_RATES, MidYearAdmission.FULL_YEAR,
                LocalDate.of(2023, 4, 1)))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("dueOn"));
    }
}
