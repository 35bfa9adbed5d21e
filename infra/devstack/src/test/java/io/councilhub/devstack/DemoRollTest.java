package io.councilhub.devstack;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo roll is the seed's FY2022 council: the budget's dues line must come out of it. */
class DemoRollTest {

    private static final LocalDate END_OF_FY2022 = LocalDate.of(2023, 3, 31);

    @Test
    void theFy2022RollOwesTheDuesTheBudgetCounts() throws Exception {
        List<DemoMember> roll = DemoMember.load(DemoData.ROLL);

        Map<String, Long> active = roll.stream().filter(member -> member.isActiveOn(END_OF_FY2022))
                .collect(Collectors.groupingBy(DemoMember::category, Collectors.counting()));

        // 負担金 494,100: 県16,200円、市町村8,100円×38、民間企業8,100円×21
        assertThat(active).containsEntry("PREFECTURE", 1L).containsEntry("MUNICIPALITY", 38L)
                .containsEntry("COMPANY", 21L);
        assertThat(DemoData.expectedForecast(roll)).isEqualTo(494_100L);
    }

    @Test
    void thePacketsWithdrawalsAreAdmittedThenWithdrawn() throws Exception {
        Map<String, LocalDate> withdrawn = DemoMember.load(DemoData.ROLL).stream()
                .filter(member -> member.withdrawnOn() != null)
                .collect(Collectors.toMap(DemoMember::name, DemoMember::withdrawnOn));

        assertThat(withdrawn).containsOnly(
                Map.entry("株式会社フューチャーリンクネットワーク", LocalDate.of(2021, 8, 25)),
                Map.entry("富里市", LocalDate.of(2021, 11, 9)),
                Map.entry("東京電機大学", LocalDate.of(2022, 4, 7)));
    }

    @Test
    void everyNameIsOnTheRollOnce() throws Exception {
        List<String> names = DemoMember.load(DemoData.ROLL).stream().map(DemoMember::name).toList();

        assertThat(names).doesNotHaveDuplicates()
                .contains("神崎町", "長南町", "四街道市", "市川市", "酒々井町", "横芝光町", "木更津市", "習志野市", "芝山町",
                        "浦安市", "八千代市", "館山市", "山武市", "船橋市", "成田市", "御宿町",
                        "富士通Japan株式会社", "東日本電信電話株式会社", "株式会社パクチャー",
                        "城西国際大学", "千葉大学", "千葉商科大学", "船橋情報ビジネス専門学校",
                        "公益社団法人 千葉県情報サービス産業協会", "協同組合シー・ソフトウェア",
                        "特定非営利活動法人ITCちば経営応援隊", "Code for NAGAREYAMA", "Code for Chiba",
                        "Code for Matsudo", "シビックテックもばら", "Team URA-CIMA");
    }

    @Test
    void theOfficersOrganisationsAreOnTheRollByTheNamesTheRosterUses() throws Exception {
        List<String> names = DemoMember.load(DemoData.ROLL).stream().map(DemoMember::name).toList();

        assertThat(names).contains("神崎町", "長南町", "四街道市", "市川市", "酒々井町", "横芝光町", "木更津市",
                "公益社団法人 千葉県情報サービス産業協会", "城西国際大学", "千葉大学", "富士通Japan株式会社",
                "東日本電信電話株式会社", "協同組合シー・ソフトウェア", "千葉県");
    }

    @Test
    void everyPublicBodyHasAReadingAndALocalGovernmentCodeWithItsCheckDigit() throws Exception {
        List<String> lines = new String(DemoMember.bytes(DemoData.ROLL), java.nio.charset.StandardCharsets.UTF_8)
                .lines().skip(1).toList();
        Map<String, String> codes = new java.util.HashMap<>();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (cells[2].equals("県") || cells[2].equals("市町村")) {
                assertThat(cells[1]).as(cells[0]).matches("[\\p{IsHiragana}ー]+");
                assertThat(cells[3]).as(cells[0]).matches("12\\d{4}");
                int sum = 0;
                for (int i = 0; i < 5; i++) {
                    sum += (cells[3].charAt(i) - '0') * (6 - i);
                }
                assertThat(cells[3].charAt(5) - '0').as(cells[0]).isEqualTo((11 - sum % 11) % 10);
                codes.put(cells[0], cells[3]);
            }
        }
        assertThat(codes).hasSize(40).containsEntry("千葉県", "120006").containsEntry("市川市", "122033")
                .containsEntry("富里市", "122335");
        assertThat(codes.values()).doesNotHaveDuplicates();
    }

    @Test
    void theForecastTotalIsReadInEveryShapeAServiceMightAnswer() {
        assertThat(DemoData.total(Map.of("totalYen", 494_100L, "total", "494,100円"))).isEqualTo(494_100L);
        assertThat(DemoData.total(Map.of("total", 494_100L))).isEqualTo(494_100L);
        assertThat(DemoData.total(Map.of("total", Map.of("amount", 494_100L)))).isEqualTo(494_100L);
        assertThat(DemoData.total(Map.of("total", "△ 63,900円"))).isEqualTo(-63_900L);
        assertThat(DemoData.total(Map.of("lines", List.of()))).isNull();
    }
}
