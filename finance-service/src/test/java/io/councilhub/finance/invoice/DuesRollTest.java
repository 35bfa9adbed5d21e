package io.councilhub.finance.invoice;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.account.MemberAccount;
import io.councilhub.finance.dues.DuesCharge;
import io.councilhub.finance.dues.DuesSchedule;
import io.councilhub.finance.dues.MidYearAdmission;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DuesRollTest {

    static final FiscalYear FY2022 = FiscalYear.of(2022);
    static final LocalDate LONG_AGO = LocalDate.of(2013, 5, 27);
    static final DuesSchedule SCHEDULE = DuesSchedule.of(FY2022, Map.of(MemberCategory.PREFECTURE, 16_200L,
            MemberCategory.MUNICIPALITY, 8_100L, MemberCategory.COMPANY, 8_100L, MemberCategory.ACADEMIA, 0L,
            MemberCategory.ORGANIZATION, 0L), MidYearAdmission.MONTHLY_PRO_RATA, LocalDate.of(2022, 6, 30));

    static MemberAccount account(String id, String name, MemberCategory category, LocalDate admittedOn, LocalDate withdrawnOn) {
        return new MemberAccount(id, name, category, admittedOn, withdrawnOn, List.of());
    }

    static DuesInvoice invoice(MemberAccount account) {
        DuesCharge charge = SCHEDULE.chargeFor(account.category(), account.admittedOn());
        return DuesInvoice.issue(account.memberId(), FY2022, charge, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30));
    }

    @Test
    void aSmallRollShowsEachMembersStandingAndAddsUp() {
        MemberAccount chiba = account("p", "千葉県", MemberCategory.PREFECTURE, LONG_AGO, null);
        MemberAccount ichikawa = account("m1", "市川市", MemberCategory.MUNICIPALITY, LONG_AGO, null);
        MemberAccount chonan = account("m2", "長南町", MemberCategory.MUNICIPALITY, LONG_AGO, LocalDate.of(2022, 9, 30));
        MemberAccount company = account("c", "株式会社デモ", MemberCategory.COMPANY, LocalDate.of(2022, 9, 1), null);
        MemberAccount university = account("a", "千葉大学", MemberCategory.ACADEMIA, LONG_AGO, null);

        DuesInvoice prefecture = invoice(chiba);
        prefecture.pay(LocalDate.of(2022, 5, 20), Yen.of(16_200), PaymentMethod.BANK_TRANSFER, null);
        DuesInvoice municipality = invoice(ichikawa);
        municipality.pay(LocalDate.of(2022, 5, 20), Yen.of(4_000), PaymentMethod.CASH, null);
        DuesInvoice withdrawn = invoice(chonan);
        withdrawn.pay(LocalDate.of(2022, 5, 20), Yen.of(1_000), PaymentMethod.CASH, null);
        withdrawn.cancelOnWithdrawal(LocalDate.of(2022, 9, 30));
        DuesInvoice proRata = invoice(company);

        DuesRoll roll = DuesRoll.of(SCHEDULE, true, List.of(chiba, ichikawa, company, university),
                Map.of("m2", chonan), List.of(prefecture, municipality, withdrawn, proRata));

        assertThat(roll.lines()).extracting(DuesRoll.Line::memberName)
                .containsExactly("千葉県", "市川市", "長南町", "株式会社デモ", "千葉大学");
        assertThat(roll.lines()).extracting(line -> line.status().label())
                .containsExactly("完納", "一部入金", "取消", "未納", "免除");
        DuesRoll.Line company2022 = roll.lines().get(3);
        assertThat(company2022.invoiced()).isEqualTo(Yen.of(4_725));
        assertThat(company2022.note()).isEqualTo("月割 7か月");
        DuesRoll.Line cancelled = roll.lines().get(2);
        assertThat(cancelled.paid()).isEqualTo(Yen.of(1_000));
        assertThat(cancelled.cancelled()).isEqualTo(Yen.of(7_100));
        assertThat(cancelled.outstanding()).isEqualTo(Yen.ZERO);

        DuesRoll.Totals totals = roll.totals();
        assertThat(totals.members()).isEqualTo(5);
        assertThat(totals.invoiced()).isEqualTo(Yen.of(16_200 + 8_100 + 8_100 + 4_725));
        assertThat(totals.paid()).isEqualTo(Yen.of(21_200));
        assertThat(totals.cancelled()).isEqualTo(Yen.of(7_100));
        assertThat(totals.outstanding()).isEqualTo(Yen.of(4_100 + 4_725));
        assertThat(totals.invoiced()).isEqualTo(totals.paid().plus(totals.cancelled()).plus(totals.outstanding()));
        assertThat(totals.byStatus()).containsEntry(DuesStatus.PAID, 1).containsEntry(DuesStatus.EXEMPT, 1)
                .containsEntry(DuesStatus.CANCELLED, 1).containsEntry(DuesStatus.NOT_INVOICED, 0);
    }

    @Test
    void beforeTheYearsInvoicesGoOutAMemberIsNotInvoicedYetAndANoneAdmissionIsExempt() {
        DuesSchedule none = DuesSchedule.of(FY2022, SCHEDULE.rates(), MidYearAdmission.NONE, null);
        MemberAccount ichikawa = account("m1", "市川市", MemberCategory.MUNICIPALITY, LONG_AGO, null);
        MemberAccount late = account("c", "株式会社デモ", MemberCategory.COMPANY, LocalDate.of(2022, 9, 1), null);

        DuesRoll roll = DuesRoll.of(none, false, List.of(ichikawa, late), Map.of(), List.of());

        assertThat(roll.lines()).extracting(DuesRoll.Line::status)
                .containsExactly(DuesStatus.NOT_INVOICED, DuesStatus.EXEMPT);
        assertThat(roll.lines().get(1).note()).contains("年度途中入会");
        assertThat(roll.totals().invoiced()).isEqualTo(Yen.ZERO);
    }
}
