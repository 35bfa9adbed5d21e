package io.councilhub.membership.transfer;

import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.chassis.sheet.Columns;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a member roll file, Japanese headers first (what export writes), English names accepted, and
 * the category labels of the packet (県, 市町村, 民間企業, 大学, 団体) next to the enum names.
 */
public final class MemberColumns {

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String NAME_KANA = "nameKana";
    public static final String CATEGORY = "category";
    public static final String LOCAL_GOVERNMENT_CODE = "localGovernmentCode";
    public static final String ADDRESS = "address";
    public static final String ADMITTED_ON = "admittedOn";
    public static final String WITHDRAWN_ON = "withdrawnOn";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";

    public static final Columns COLUMNS = Columns.of()
            .column(ID, "会員ID", "memberId", "会員番号")
            .column(NAME, "名称", "会員名", "団体名")
            .column(NAME_KANA, "ふりがな", "よみがな", "フリガナ", "ヨミガナ", "読み")
            .column(CATEGORY, "区分", "会員区分")
            .column(LOCAL_GOVERNMENT_CODE, "団体コード", "地方公共団体コード")
            .column(ADDRESS, "住所", "所在地")
            .column(ADMITTED_ON, "入会日")
            .column(WITHDRAWN_ON, "退会日")
            .column(WITHDRAWAL_REASON, "退会理由");

    private static final Map<MemberCategory, String> LABELS = new EnumMap<>(Map.of(
            MemberCategory.PREFECTURE, "県",
            MemberCategory.MUNICIPALITY, "市町村",
            MemberCategory.COMPANY, "民間企業",
            MemberCategory.ACADEMIA, "大学",
            MemberCategory.ORGANIZATION, "団体"));

    private static final Map<String, MemberCategory> BY_LABEL = new HashMap<>();

    static {
        LABELS.forEach((category, label) -> BY_LABEL.put(label, category));
        for (MemberCategory category : MemberCategory.values()) {
            BY_LABEL.put(category.name().toLowerCase(Locale.ROOT), category);
        }
        BY_LABEL.put("都道府県", MemberCategory.PREFECTURE);
        BY_LABEL.put("市区町村", MemberCategory.MUNICIPALITY);
        BY_LABEL.put("企業", MemberCategory.COMPANY);
        BY_LABEL.put("大学・研究機関", MemberCategory.ACADEMIA);
    }

    private MemberColumns() {
    }

    /** The export order. */
    public static List<String> names() {
        return COLUMNS.names();
    }

    public static String label(MemberCategory category) {
        return LABELS.get(category);
    }

    /** The category a cell names, or {@code null} if it names none. */
    public static MemberCategory category(String text) {
        String key = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return BY_LABEL.get(key);
    }

    static String accepted() {
        return "県, 市町村, 民間企業, 大学, 団体 (or " + String.join(", ", List.of(MemberCategory.values()).stream()
                .map(Enum::name).toList()) + ")";
    }
}
