package io.councilhub.notification.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class IssuePdfTest {

    private final IssuePdf pdf = new IssuePdf(new NewsletterSettings("http://localhost:8080", "a@example.jp", "協議会", null));

    @Test
    void theJapaneseTextIsThereAndTheFontIsASmallSubset() throws Exception {
        byte[] document = pdf.render("メルマガ「めざせIT力アップ!」 第81号", "Excelの便利な関数", List.of(
                new IssuePdf.Section("第1部 パソコン活用", "力を入れて用語を日月に学ぶ。".repeat(40)),
                new IssuePdf.Section("第2部 用語・IT動向", "DX（デジタルトランスフォーメーション）")));

        assertThat(document.length).isLessThan(150_000);
        try (PDDocument loaded = Loader.loadPDF(document)) {
            assertThat(new PDFTextStripper().getText(loaded).replaceAll("\\s", ""))
                    .contains("めざせIT力アップ", "第1部パソコン活用", "力を入れて用語を日月に学ぶ。", "デジタルトランスフォーメーション");
        }
    }
}
