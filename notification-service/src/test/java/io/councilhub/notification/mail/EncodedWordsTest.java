package io.councilhub.notification.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Subjects and display names as RFC 2047 words: readable back by any mail client, lines kept short. */
class EncodedWordsTest {

    @Test
    void aLongJapaneseSubjectIsFoldedIntoWordsThatDecodeBackWithoutSplittingACharacter() throws Exception {
        String subject = "メルマガ「めざせIT力アップ!」第81号 第1部 パソコン活用 𠮷野家の事例と第2部 用語・IT動向のご紹介";

        String header = EncodedWords.encode(subject);

        assertThat(header.split("\r\n ")).allSatisfy(word -> {
            assertThat(word).startsWith("=?UTF-8?B?").endsWith("?=");
            assertThat(word.length()).isLessThanOrEqualTo(75);
        });
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(header))).isEqualTo(subject);
    }

    @Test
    void plainAsciiStaysAsItIsAndLooksLikeAnEncodedWordDoesNot() throws Exception {
        assertThat(EncodedWords.encode("Council newsletter No. 81")).isEqualTo("Council newsletter No. 81");
        String tricky = "=?UTF-8?B?not really?=";
        assertThat(MimeUtility.decodeText(EncodedWords.encode(tricky))).isEqualTo(tricky);
    }

    @Test
    void aJapaneseDisplayNameIsPrintedEncodedAndReadBack() throws Exception {
        InternetAddress address = EncodedWords.address(MailAddress.of("jimukyoku@example.jp", "地域DX推進協議会 事務局"));

        InternetAddress parsed = new InternetAddress(address.toString());

        assertThat(address.toString()).doesNotContain("地域").endsWith("<jimukyoku@example.jp>");
        assertThat(parsed.getPersonal()).isEqualTo("地域DX推進協議会 事務局");
        assertThat(parsed.getAddress()).isEqualTo("jimukyoku@example.jp");
    }
}
