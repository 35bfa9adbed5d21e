package io.councilhub.membership.member;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTest {

    @Test
    void admissionMakesAnActiveMemberAndRecordsMemberAdmitted() {
        Member ichikawa = Member.admit(" 市川市 ", MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27));

        assertThat(ichikawa.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(ichikawa.name()).isEqualTo("市川市");
        assertThat(ichikawa.pendingEvents()).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo(EventCatalogue.MEMBER_ADMITTED.wireName()))
                .satisfies(event -> assertThat(event.subject()).isEqualTo(ichikawa.id().value()));
    }

    @Test
    void withdrawalRecordsMemberWithdrawnWithItsDate() {
        Member tomisato = Member.admit("富里市", MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27));

        tomisato.withdraw(LocalDate.of(2021, 11, 9), "退会届の受理");

        assertThat(tomisato.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(tomisato.withdrawnOn()).isEqualTo(LocalDate.of(2021, 11, 9));
        assertThat(tomisato.pendingEvents()).hasSize(2);
        assertThat(tomisato.pendingEvents().get(1).type()).isEqualTo(EventCatalogue.MEMBER_WITHDRAWN.wireName());
        assertThat(tomisato.pendingEvents().get(1).payload()).contains("\"withdrawnOn\":\"2021-11-09\"");
    }

    @Test
    void aMemberWithdrawsOnlyOnce() {
        Member member = Member.admit("東京電機大学", MemberCategory.ACADEMIA, LocalDate.of(2015, 4, 1));
        member.withdraw(LocalDate.of(2022, 4, 7), "退会届の受理");

        assertThatThrownBy(() -> member.withdraw(LocalDate.of(2022, 5, 1), "again"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2022-04-07");
        assertThat(member.withdrawnOn()).isEqualTo(LocalDate.of(2022, 4, 7));
        assertThat(member.pendingEvents()).hasSize(2);
    }

    @Test
    void aWithdrawalCannotPrecedeTheAdmission() {
        Member member = Member.admit("株式会社パクチャー", MemberCategory.COMPANY, LocalDate.of(2022, 4, 1));

        assertThatThrownBy(() -> member.withdraw(LocalDate.of(2022, 3, 31), "typo"))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("withdrawnOn"));
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void renamingKeepsTheFormerNameAndRecordsMemberRenamed() {
        Member npo = Member.admit("ちば経営応援隊", "チバケイエイオウエンタイ", MemberCategory.ORGANIZATION,
                LocalDate.of(2013, 5, 27), null, "千葉県船橋市夏見2-30-9");

        npo.rename("特定非営利活動法人 ITCちば経営応援隊", "アイティーシーチバケイエイオウエンタイ", LocalDate.of(2022, 4, 1));

        assertThat(npo.name()).isEqualTo("特定非営利活動法人 ITCちば経営応援隊");
        assertThat(npo.formerNames()).containsExactly(
                new FormerName("ちば経営応援隊", "チバケイエイオウエンタイ", LocalDate.of(2022, 3, 31)));
        assertThat(npo.pendingEvents()).last()
                .satisfies(event -> assertThat(event.type()).isEqualTo(EventCatalogue.MEMBER_RENAMED.wireName()))
                .satisfies(event -> assertThat(event.payload()).contains("\"previousName\":\"ちば経営応援隊\""));
    }

    @Test
    void aRenameMustChangeTheNameAndFollowTheCurrentOne() {
        Member member = Member.admit("市川市", MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27));

        assertThatThrownBy(() -> member.rename("市川市", null, LocalDate.of(2022, 4, 1)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("current name");
        assertThatThrownBy(() -> member.rename("新市川市", null, LocalDate.of(2013, 5, 27)))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("effectiveOn"));
        member.withdraw(LocalDate.of(2022, 5, 1), "合併");
        assertThatThrownBy(() -> member.rename("新市川市", null, LocalDate.of(2022, 6, 1)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(member.formerNames()).isEmpty();
    }

    @Test
    void theReadingIsKanaAndOnlyPublicBodiesHaveALocalGovernmentCode() {
        assertThat(Member.admit("市川市", "いちかわし", MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27),
                new LocalGovernmentCode("122033"), null).localGovernmentCode()).isEqualTo("122033");
        assertThatThrownBy(() -> Member.admit("市川市", "Ichikawa", MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27),
                null, null)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("kana");
        assertThatThrownBy(() -> Member.admit("株式会社パクチャー", null, MemberCategory.COMPANY, LocalDate.of(2022, 4, 1),
                new LocalGovernmentCode("122033"), null)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("localGovernmentCode"));
    }

    @Test
    void correctingDetailsChangesReadingCodeAndAddressWithoutAnEvent() {
        Member member = Member.admit("市川市", null, MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27), null, null);
        int events = member.pendingEvents().size();

        assertThat(member.correct("いちかわし", new LocalGovernmentCode("122033"), " 千葉県市川市八幡1-1-1 ")).isTrue();

        assertThat(member.nameKana()).isEqualTo("いちかわし");
        assertThat(member.localGovernmentCode()).isEqualTo("122033");
        assertThat(member.address()).isEqualTo("千葉県市川市八幡1-1-1");
        assertThat(member.correct("いちかわし", new LocalGovernmentCode("122033"), "千葉県市川市八幡1-1-1")).isFalse();
        assertThat(member.pendingEvents()).hasSize(events);
        Member company = Member.admit("株式会社パクチャー", MemberCategory.COMPANY, LocalDate.of(2022, 4, 1));
        assertThatThrownBy(() -> company.correct(null, new LocalGovernmentCode("122033"), null))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> member.correct("Ichikawa", null, null)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void searchFindsNamesAndReadingsCurrentAndFormerWhateverTheWidthOrKana() {
        Member member = Member.admit("富里町", "とみさとまち", MemberCategory.MUNICIPALITY, LocalDate.of(1990, 4, 1),
                null, null);
        member.rename("ＩＣＴ富里市", "あいしーてぃーとみさとし", LocalDate.of(2002, 4, 1));

        String text = member.searchText();

        assertThat(text).contains(Member.searchKey("富里町"), Member.searchKey("トミサトマチ"),
                Member.searchKey("ict"), Member.searchKey("とみさと"), Member.searchKey("ﾄﾐｻﾄ"));
        assertThat(text).doesNotContain(Member.searchKey("成田"));
        assertThat(Member.searchKey(" とみ さと ")).isEqualTo("トミサト");
    }
}
