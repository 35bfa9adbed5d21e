package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.sheet.SheetFormat;
import io.councilhub.chassis.sheet.SheetReader;
import io.councilhub.chassis.sheet.SheetSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactSheetTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final SheetReader READER = new SheetReader(new SheetSettings(DataSize.ofMegabytes(1), 10_000));

    @Test
    void readsExcelsCsvUtf8WithItsByteOrderMarkAndJapaneseHeaders() {
        String csv = "会員ID,会員名,氏名,所属,役職,メールアドレス,電話番号,役割\r\n"
                + "m-1,市川市,大塚 信之,情報政策部 情報政策課,課長,joho@example.jp,047-334-1111,PRIMARY|NEWSLETTER\r\n"
                + "m-1,市川市,\"鈴木, 花子\",,,suzuki@example.jp,,BILLING\r\n";

        ContactSheet.Sheet sheet = read(concat(BOM, csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(sheet.rows()).hasSize(2);
        ContactRow first = sheet.rows().get(0);
        assertThat(first.row()).as("the header is row 1, as in Excel").isEqualTo(2);
        assertThat(first.memberId()).isEqualTo("m-1");
        assertThat(first.name()).isEqualTo("大塚 信之");
        assertThat(first.roles()).isEqualTo("PRIMARY|NEWSLETTER");
        assertThat(sheet.rows().get(1).name()).isEqualTo("鈴木, 花子");
        assertThat(sheet.rows().get(1).department()).isNull();
        assertThat(sheet.headers()).containsEntry(ContactSheet.Column.EMAIL, "メールアドレス");
    }

    @Test
    void readsShiftJisEnglishHeadersInAnyOrderAndIgnoresOtherColumns() {
        String csv = "email,name,memberName,備考\n"
                + "joho@example.jp,大塚 信之,市川市,異動あり\n";

        ContactSheet.Sheet sheet = read(csv.getBytes(Charset.forName("windows-31j")));

        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.memberName()).isEqualTo("市川市");
            assertThat(row.name()).isEqualTo("大塚 信之");
            assertThat(row.memberId()).isNull();
            assertThat(row.phone()).isNull();
        });
    }

    @Test
    void readsTabSeparatedUtf16AsExcelsUnicodeText() {
        String tsv = "会員名\t氏名\tメールアドレス\r\n市川市\t大塚 信之\tjoho@example.jp\r\n";

        ContactSheet.Sheet sheet = read(tsv.getBytes(StandardCharsets.UTF_16));

        assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.email()).isEqualTo("joho@example.jp"));
    }

    @Test
    void whatItWritesAsCsvOrXlsxItReadsBackUnchangedIncludingCellsThatLookLikeFormulas() {
        List<ContactRow> rows = List.of(
                new ContactRow(2, "m-1", "市川市", "大塚 信之", "情報政策部 情報政策課", "課長", "joho@example.jp",
                        "047-334-1111", "PRIMARY|NEWSLETTER"),
                new ContactRow(3, "m-2", "株式会社\"パクチャー\"", "=HYPERLINK(\"x\")", null, "-", "a@example.jp", null, null));

        byte[] file = write(rows, SheetFormat.CSV);

        assertThat(file).startsWith(BOM);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").contains("\r\n").startsWith("\uFEFF会員ID,会員名,氏名,所属,役職,メールアドレス,電話番号,役割");
        assertThat(read(file).rows()).isEqualTo(rows);
        assertThat(read(write(rows, SheetFormat.XLSX)).rows()).as("the same as a workbook").isEqualTo(rows);
    }

    @Test
    void aFileWithoutTheNeededColumnsOrNotCsvIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> read("氏名,メールアドレス\nx,y\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("会員ID")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("file"));
        assertThatThrownBy(() -> read("会員ID,氏名\nm-1,x\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("メールアドレス");
        assertThatThrownBy(() -> read("会員ID,氏名,メールアドレス\nm-1,\"大塚 信之,joho@example.jp\n"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFieldException.class).message().doesNotContain("大塚");
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void headersWithUnderscoresOrInEnglishNameTheSameColumns() {
        String csv = "member_id,Member Name,NAME,E_Mail,TEL\nm-1,市川市,大塚 信之,joho@example.jp,047-334-1111\n";

        ContactSheet.Sheet sheet = read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.memberId()).isEqualTo("m-1");
            assertThat(row.memberName()).isEqualTo("市川市");
            assertThat(row.phone()).isEqualTo("047-334-1111");
        });
        assertThat(sheet.headers()).containsEntry(ContactSheet.Column.EMAIL, "E_Mail");
    }

    private static ContactSheet.Sheet read(byte[] file) {
        return ContactSheet.read(READER.read(new ByteArrayInputStream(file), null, null, ContactSheet.COLUMNS));
    }

    private static byte[] write(List<ContactRow> rows, SheetFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContactSheet.write(rows, format, out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
