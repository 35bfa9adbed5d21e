package io.councilhub.chassis.sheet;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetReaderWriterTest {

    static final Columns COLUMNS = Columns.of()
            .column("name", "名称")
            .column("nameKana", "ふりがな", "よみがな")
            .column("admittedOn", "入会日")
            .column("localGovernmentCode", "団体コード");

    final SheetReader reader = new SheetReader(new SheetSettings(DataSize.ofKilobytes(64), 100));

    @Test
    void aCsvWithABomAndJapaneseHeadersIsReadIntoRowsKeyedByColumnName() {
        byte[] csv = ("\uFEFF名称,よみがな,入会日,備考\r\n市川市,いちかわし,2013-05-27,\r\n,,,\r\n\"株式会社 千葉,テスト\", ,2022-04-01,\"改行\nあり\"\r\n")
                .getBytes(StandardCharsets.UTF_8);

        Sheet sheet = reader.read(new ByteArrayInputStream(csv), "text/csv", "roll.csv", COLUMNS);

        assertThat(sheet.format()).isEqualTo(SheetFormat.CSV);
        assertThat(sheet.columns()).containsExactly("name", "nameKana", "admittedOn", "備考");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
        assertThat(sheet.rows().get(0).get("name")).isEqualTo("市川市");
        assertThat(sheet.rows().get(0).get("nameKana")).isEqualTo("いちかわし");
        assertThat(sheet.rows().get(0).get("備考")).isNull();
        assertThat(sheet.rows().get(1).number()).isEqualTo(4);
        assertThat(sheet.rows().get(1).get("name")).isEqualTo("株式会社 千葉,テスト");
        assertThat(sheet.rows().get(1).get("nameKana")).isNull();
        assertThat(sheet.rows().get(1).get("備考")).isEqualTo("改行\nあり");
    }

    @Test
    void englishHeadersFullWidthOrNotAreTheSameColumns() {
        byte[] csv = "ＮＡＭＥ,NameKana\n千葉県,ちばけん\n".getBytes(StandardCharsets.UTF_8);

        Sheet sheet = reader.read(new ByteArrayInputStream(csv), null, null, COLUMNS);

        assertThat(sheet.columns()).containsExactly("name", "nameKana");
        assertThat(sheet.rows().get(0).get("nameKana")).isEqualTo("ちばけん");
    }

    @Test
    void whatIsWrittenAsXlsxOrCsvReadsBackTheSame() {
        List<String> header = List.of("名称", "ふりがな", "団体コード", "入会日");
        List<List<String>> rows = List.of(
                List.of("千葉県", "ちばけん", "120006", "2013-05-27"),
                Arrays.asList("株式会社ＮＴＴデータ・テスト㈱", null, "", "2022-04-01"));
        for (SheetFormat format : SheetFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SheetWriter.write(format, "会員名簿", header, rows, out);

            Sheet sheet = reader.read(new ByteArrayInputStream(out.toByteArray()), null, null, COLUMNS);

            assertThat(sheet.format()).isEqualTo(format);
            assertThat(sheet.columns()).containsExactly("name", "nameKana", "localGovernmentCode", "admittedOn");
            assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 3);
            assertThat(sheet.rows().get(0).cells()).containsEntry("name", "千葉県").containsEntry("nameKana", "ちばけん")
                    .containsEntry("localGovernmentCode", "120006").containsEntry("admittedOn", "2013-05-27");
            assertThat(sheet.rows().get(1).cells()).containsOnlyKeys("name", "admittedOn")
                    .containsEntry("name", "株式会社ＮＴＴデータ・テスト㈱");
        }
    }

    @Test
    void aCsvIsWrittenWithABomForExcel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(SheetFormat.CSV, "x", List.of("名称"), List.of(List.of("市川市")), out);

        assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称\r\n市川市\r\n");
    }

    @Test
    void excelDatesAndNumbersTypedByAUserReadAsIsoDatesAndPlainDigits() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        sheet.value(0, 0, "名称");
        sheet.value(0, 1, "入会日");
        sheet.value(0, 2, "団体コード");
        sheet.value(1, 0, "市川市");
        sheet.value(1, 1, LocalDate.of(2013, 5, 27));
        sheet.style(1, 1).format("yyyy/mm/dd").set();
        sheet.value(1, 2, 122033);
        workbook.finish();

        Sheet read = reader.read(new ByteArrayInputStream(out.toByteArray()), null, "名簿.xlsx", COLUMNS);

        assertThat(read.rows().get(0).cells()).containsEntry("admittedOn", "2013-05-27")
                .containsEntry("localGovernmentCode", "122033");
    }

    @Test
    void theFormatIsTakenFromTheBytesBeforeTheNameOrType() {
        byte[] zip = {'P', 'K', 3, 4, 0};
        assertThat(SheetFormat.detect("text/csv", "a.csv", zip)).isEqualTo(SheetFormat.XLSX);
        assertThat(SheetFormat.detect(null, null, "名称".getBytes(StandardCharsets.UTF_8))).isEqualTo(SheetFormat.CSV);
        assertThatThrownBy(() -> SheetFormat.detect(SheetFormat.XLSX.mediaType(), null, "a,b".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("XLSX");
        assertThatThrownBy(() -> SheetFormat.detect(null, "old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining(".xls");
    }

    @Test
    void excelsPlainCsvOnJapaneseWindowsIsShiftJisAndIsRead() {
        byte[] sjis = "名称,よみがな\r\n市川市,いちかわし\r\n髙橋工業㈱,たかはしこうぎょう\r\n".getBytes(Charset.forName("windows-31j"));

        Sheet sheet = reader.read(new ByteArrayInputStream(sjis), "text/csv", "roll.csv", COLUMNS);

        assertThat(sheet.rows()).extracting(row -> row.get("name")).containsExactly("市川市", "髙橋工業㈱");
        assertThat(sheet.rows().get(1).get("nameKana")).isEqualTo("たかはしこうぎょう");
    }

    @Test
    void aCharsetTheRequestDeclaresIsHonouredWithoutAByteOrderMark() {
        byte[] eucJp = "名称\n市川市\n".getBytes(Charset.forName("EUC-JP"));

        Sheet sheet = reader.read(new ByteArrayInputStream(eucJp), "text/csv; charset=EUC-JP", null, COLUMNS);

        assertThat(sheet.rows().get(0).get("name")).isEqualTo("市川市");
    }

    @Test
    void excelsUnicodeTextIsTabSeparatedUtf16() {
        byte[] utf16 = "名称\tよみがな\r\n市川市\tいちかわし\r\n".getBytes(StandardCharsets.UTF_16);

        Sheet sheet = reader.read(new ByteArrayInputStream(utf16), null, "roll.txt", COLUMNS);

        assertThat(sheet.columns()).containsExactly("name", "nameKana");
        assertThat(sheet.rows().get(0).cells()).containsEntry("name", "市川市").containsEntry("nameKana", "いちかわし");
    }

    @Test
    void headersIgnoreUnderscoresAndTheSheetKeepsEachHeaderAsTheFileWroteIt() {
        byte[] csv = "name_kana,Local Government Code,名 称\nいちかわし,122033,市川市\n".getBytes(StandardCharsets.UTF_8);

        Sheet sheet = reader.read(new ByteArrayInputStream(csv), null, null, COLUMNS);

        assertThat(sheet.columns()).containsExactly("nameKana", "localGovernmentCode", "name");
        assertThat(sheet.header("nameKana")).isEqualTo("name_kana");
        assertThat(sheet.header("name")).isEqualTo("名 称");
        assertThat(sheet.header("admittedOn")).isNull();
    }

    @Test
    void rowNumbersCountBlankLinesAsExcelDoes() {
        byte[] csv = "名称\r\n市川市\r\n\r\n千葉県\r\n".getBytes(StandardCharsets.UTF_8);

        Sheet sheet = reader.read(new ByteArrayInputStream(csv), null, null, COLUMNS);

        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 4);
    }

    @Test
    void cellsThatLookLikeFormulasAreWrittenBehindAQuoteInCsvAndReadBackAsWritten() {
        List<List<String>> rows = List.of(List.of("=HYPERLINK(\"http://x\")", "+81-47-334-1111"),
                List.of("-", "@SUM(A1)"), List.of("'quoted", "'-already"));
        for (SheetFormat format : SheetFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SheetWriter.write(format, "x", List.of("名称", "よみがな"), rows, out);

            if (format == SheetFormat.CSV) {
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://x\"\")\",'+81-47-334-1111\r\n")
                        .contains("'-,'@SUM(A1)");
            }
            Sheet sheet = reader.read(new ByteArrayInputStream(out.toByteArray()), null, null, COLUMNS);
            assertThat(sheet.rows()).extracting(row -> List.of(row.get("name"), row.get("nameKana")))
                    .as(format.name()).containsExactly(rows.get(0), rows.get(1), List.of("'quoted", "-already"));
        }
    }

    @Test
    void aBrokenFileIsA400NamingTheFileThatNeverQuotesACell() {
        byte[] openQuote = "名称,よみがな\n市川市,いちかわし\n\"大塚 信之,おおつか\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(openQuote), "text/csv", null, COLUMNS))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("大塚").doesNotContain("おおつか"))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("file");
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(broken), null, null, COLUMNS))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("XLSX");
        byte[] binary = {'%', 'P', 'D', 'F', 0, 1, 2, 0};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(binary), null, null, COLUMNS))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("not a text file");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("名称,name\nx,y\n".getBytes(StandardCharsets.UTF_8)),
                null, null, COLUMNS)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0]), null, null, COLUMNS))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("empty");
    }

    @Test
    void aFileOverTheSizeOrRowLimitIsRefusedAsTooLarge() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[70 * 1024]), null, null, COLUMNS))
                .isInstanceOf(SheetTooLargeException.class);
        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(List.of("会員" + i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(SheetFormat.XLSX, "x", List.of("名称"), many, out);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(out.toByteArray()), null, null, COLUMNS))
                .isInstanceOf(SheetTooLargeException.class).hasMessageContaining("100 rows");
    }
}
