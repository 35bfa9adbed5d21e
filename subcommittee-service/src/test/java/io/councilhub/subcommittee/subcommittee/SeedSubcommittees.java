package io.councilhub.subcommittee.subcommittee;

import java.time.LocalDate;

/** Subcommittees as the FY2022 packet describes them, for tests (contact details invented, clearly fake). */
final class SeedSubcommittees {

    static final String ITC_CHIBA = "6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11";
    static final String NARASHINO = "member-narashino";
    static final LocalDate ESTABLISHED = LocalDate.of(2013, 5, 27);

    private SeedSubcommittees() {
    }

    static Representative asai() {
        return new Representative(ITC_CHIBA, "特定非営利活動法人 ITCちば経営応援隊", "浅井 鉄夫", "理事長");
    }

    static AdministrativeContact kano() {
        return new AdministrativeContact("特定非営利活動法人 ITCちば経営応援隊", "加野 隆司", "千葉県千葉市美浜区真砂0-0-0",
                "043-000-0001", "043-000-0002", "kano@example.jp");
    }

    /** DXリテラシ向上対策部会 as established in 2013, still under its first name. */
    static Subcommittee itLiteracy() {
        return Subcommittee.establish("sc-dx-literacy", SubcommitteeKind.SUBCOMMITTEE, "ITリテラシ向上対策部会", ESTABLISHED,
                "県民のITリテラシの向上", asai(), kano(),
                new EstablishmentPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)));
    }

    static Subcommittee workingGroup() {
        return Subcommittee.establish("wg-open-data", SubcommitteeKind.WORKING_GROUP, "オープンデータWG",
                LocalDate.of(2022, 6, 1), "オープンデータの調査研究", asai(), null, null);
    }
}
