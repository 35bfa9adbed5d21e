package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contacts sheet as a CSV file: what the export writes and the personnel change reads, so that
 * export, edit in Excel, import is a round trip. Reads UTF-8 with or without a byte-order mark (Excel's
 * "CSV UTF-8"), UTF-16 with a mark, and Shift_JIS (Windows-31J, Excel's plain "CSV" on Japanese Windows);
 * comma- or tab-separated; columns by their Japanese or English header in any order, unknown columns
 * ignored. Writes UTF-8 with a byte-order mark and CRLF line ends, Japanese headers.
 * Cells that a spreadsheet would run as a formula are written behind a {@code '} and read back without it.
 * This is the only class that knows the file format (a later XLSX reader replaces just this).
 */
public final class ContactSheet {

    /** More rows than any council's personnel change. */
    public static final int MAX_ROWS = 10_000;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final String FORMULA_START = "=+-@\t\r";

    /** The sheet's columns: the field they fill, the header the export writes, and the headers also read. */
    public enum Column {
        MEMBER_ID("memberId", "会員ID", "会員id", "member id", "member_id"),
        MEMBER_NAME("memberName", "会員名", "団体名", "member", "member name", "member_name"),
        NAME("name", "氏名", "担当者名", "名前"),
        DEPARTMENT("department", "所属", "部署", "所属部署"),
        TITLE("title", "役職"),
        EMAIL("email", "メールアドレス", "メール", "e-mail", "mail"),
        PHONE("phone", "電話番号", "電話", "tel"),
        ROLES("roles", "役割", "role");

        private final String field;
        private final String header;
        private final List<String> aliases;

        Column(String field, String header, String... aliases) {
            this.field = field;
            this.header = header;
            this.aliases = Arrays.stream(aliases).map(ContactSheet::key).toList();
        }

        /** The name of the field in problem documents and rejections ({@code email}). */
        public String field() {
            return field;
        }

        /** The header the export writes ({@code メールアドレス}). */
        public String header() {
            return header;
        }

        boolean isNamed(String text) {
            String key = key(text);
            return key.equals(key(field)) || key.equals(key(header)) || aliases.contains(key);
        }
    }

    /** The rows read, and for each column the header it had in the file. */
    public record Sheet(List<ContactRow> rows, Map<Column, String> headers) {

        public Sheet {
            rows = List.copyOf(rows);
            headers = Map.copyOf(headers);
        }
    }

    private ContactSheet() {
    }

    /**
     * Reads a sheet. {@code declared} is the charset the request named, if any; the byte-order mark wins
     * over it, and without either the bytes are UTF-8 when they decode as such, else Windows-31J.
     *
     * @throws InvalidFieldException naming {@code file} when it is empty, unreadable or lacks a column
     */
    public static Sheet read(byte[] bytes, Charset declared) {
        String text = decode(bytes, declared);
        if (text.isBlank()) {
            throw new InvalidFieldException("file", "is empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Column, String> headers = headers(parser.getHeaderNames());
            List<ContactRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidFieldException("file", "has more than " + MAX_ROWS + " rows");
                }
                // Row numbers as Excel shows them: the header is row 1, a cell spanning lines is still one row.
                rows.add(new ContactRow((int) record.getRecordNumber() + 1, cell(record, headers, Column.MEMBER_ID),
                        cell(record, headers, Column.MEMBER_NAME), cell(record, headers, Column.NAME),
                        cell(record, headers, Column.DEPARTMENT), cell(record, headers, Column.TITLE),
                        cell(record, headers, Column.EMAIL), cell(record, headers, Column.PHONE),
                        cell(record, headers, Column.ROLES)));
            }
            return new Sheet(rows, headers);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // The parser's messages may quote a cell; say only where it broke.
            throw new InvalidFieldException("file", "is not a readable CSV file (a quote left open, or a header twice?)");
        }
    }

    /** Writes the rows as the export does: UTF-8 with a byte-order mark, CRLF, Japanese headers, every column. */
    public static byte[] write(List<ContactRow> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ContactRow row : rows) {
                printer.printRecord(escape(row.memberId()), escape(row.memberName()), escape(row.name()),
                        escape(row.department()), escape(row.title()), escape(row.email()), escape(row.phone()),
                        escape(row.roles()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] csv = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(UTF8_BOM, UTF8_BOM.length + csv.length);
        System.arraycopy(csv, 0, withBom, UTF8_BOM.length, csv.length);
        return withBom;
    }

    private static Map<Column, String> headers(List<String> names) {
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (String name : names) {
            for (Column column : Column.values()) {
                if (name != null && column.isNamed(name) && !headers.containsKey(column)) {
                    headers.put(column, name);
                }
            }
        }
        if (!headers.containsKey(Column.MEMBER_ID) && !headers.containsKey(Column.MEMBER_NAME)) {
            throw new InvalidFieldException("file", "needs a column " + Column.MEMBER_ID.header() + " (memberId) or "
                    + Column.MEMBER_NAME.header() + " (memberName)");
        }
        for (Column required : List.of(Column.NAME, Column.EMAIL)) {
            if (!headers.containsKey(required)) {
                throw new InvalidFieldException("file", "needs a column " + required.header() + " (" + required.field() + ")");
            }
        }
        return headers;
    }

    private static String cell(CSVRecord record, Map<Column, String> headers, Column column) {
        String header = headers.get(column);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header).strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }

    private static String escape(String value) {
        if (value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String decode(byte[] bytes, Charset declared) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_31J);
        }
    }

    /** Headers compare without case, spaces, underscores or full-width forms. */
    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s_]", "");
    }
}
