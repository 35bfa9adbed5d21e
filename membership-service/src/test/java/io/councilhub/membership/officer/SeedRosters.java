package io.councilhub.membership.officer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The seed's FY2022 幹事 (報告1 幹事の委嘱について, 14 officers with the packet's 備考) and an invented FY2021
 * roster consistent with those reasons: 留任 keeps the person, 人事異動に伴う交代 has another person in the same
 * department, and 事務の移行 has 千葉県's duties in another department under another person.
 */
public final class SeedRosters {

    /** One printed line; {@code member} is the organisation's name on the roll (demo/members.csv). */
    public record Line(OfficerRole role, String member, String organisation, String department, String title, String person,
                ChangeReason reason) {

        public Appointment appointment(Function<String, String> memberIds) {
            return new Appointment(role, memberIds.apply(member), organisation, department, title, person);
        }
    }

    public static final List<Line> FY2022 = List.of(
            line(OfficerRole.CHIEF_SECRETARY, "千葉県", "千葉県", "総務部デジタル改革推進局 デジタル戦略課", "課長", "斎藤 栄一", ChangeReason.DUTIES_TRANSFERRED),
            line(OfficerRole.OFFICER, "神崎町", "神崎町", "総務課", "課長", "久保木 豊吉", ChangeReason.REAPPOINTED),
            line(OfficerRole.OFFICER, "長南町", "長南町", "企画政策課", "課長", "河野 勉", ChangeReason.REPLACED_BY_TRANSFER),
            line(OfficerRole.OFFICER, "四街道市", "四街道市", "経営企画部 情報推進課", "課長", "山本 学", ChangeReason.REAPPOINTED),
            line(OfficerRole.OFFICER, "市川市", "市川市", "情報政策部 情報政策課", "課長", "大塚 信之", ChangeReason.REPLACED_BY_TRANSFER),
            line(OfficerRole.OFFICER, "酒々井町", "酒々井町", "総務課", "課長", "越川 和章", ChangeReason.REPLACED_BY_TRANSFER),
            line(OfficerRole.OFFICER, "横芝光町", "横芝光町", "企画空港課", "課長", "平山 貴之", ChangeReason.REPLACED_BY_TRANSFER),
            line(OfficerRole.OFFICER, "木更津市", "木更津市", "市長公室 経営改革課", "課長", "安田 貴之", ChangeReason.REPLACED_BY_TRANSFER),
            line(OfficerRole.OFFICER, "公益社団法人千葉県情報サービス産業協会", "公益社団法人 千葉県情報サービス産業協会", null, "事業企画部 会長", "荒川 典彦", ChangeReason.REAPPOINTED),
            line(OfficerRole.OFFICER, "城西国際大学", "城西国際大学", null, "学長補佐", "袁 福之", ChangeReason.REAPPOINTED),
            line(OfficerRole.OFFICER, "千葉大学", "千葉大学", "統合情報センター", "准教授", "小室 信喜", ChangeReason.REAPPOINTED),
            line(OfficerRole.OFFICER, "富士通Japan株式会社", "富士通 Japan 株式会社", "千葉支社 第一ビジネス部", "部長", "岩城 信行", ChangeReason.REAPPOINTED),
            line(OfficerRole.OFFICER, "東日本電信電話株式会社", "東日本電信電話株式会社", "千葉支店 第二ビジネス イノベーション部 バリュー クリエイトグループ", "担当課長", "藤沼 和也", ChangeReason.REPLACED_BY_TRANSFER),
            line(OfficerRole.OFFICER, "協同組合シー・ソフトウェア", "協同組合シー・ソフトウェア", null, "代表理事", "谷尾 薫", ChangeReason.REAPPOINTED));

    /** FY2021's predecessors (invented) of the FY2022 lines whose person changed. */
    private static final Map<String, String[]> FY2021_PREDECESSORS = Map.of(
            "千葉県", new String[] {"総合企画部 政策企画課", "鈴木 健一"},
            "長南町", new String[] {"企画政策課", "田中 誠"},
            "市川市", new String[] {"情報政策部 情報政策課", "高橋 修"},
            "酒々井町", new String[] {"総務課", "渡辺 隆"},
            "横芝光町", new String[] {"企画空港課", "伊藤 浩"},
            "木更津市", new String[] {"市長公室 経営改革課", "山田 進"},
            "東日本電信電話株式会社", new String[] {"千葉支店 第二ビジネス イノベーション部 バリュー クリエイトグループ", "中村 大輔"});

    /** FY2021: the same organisations and roles; the same person where FY2022 says 留任. */
    public static final List<Line> FY2021 = FY2022.stream().map(line -> {
        String[] predecessor = FY2021_PREDECESSORS.get(line.member());
        return predecessor == null ? new Line(line.role(), line.member(), line.organisation(), line.department(),
                line.title(), line.person(), null)
                : new Line(line.role(), line.member(), line.organisation(), predecessor[0], line.title(), predecessor[1], null);
    }).toList();

    private SeedRosters() {
    }

    private static Line line(OfficerRole role, String member, String organisation, String department, String title,
                             String person, ChangeReason reason) {
        return new Line(role, member, organisation, department, title, person, reason);
    }
}
