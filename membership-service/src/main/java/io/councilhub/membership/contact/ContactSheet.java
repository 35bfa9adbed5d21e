package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.sheet.Columns;
import io.councilhub.chassis.sheet.SheetFormat;
import io.councilhub.chassis.sheet.SheetRow;
import io.councilhub.chassis.sheet.SheetWriter;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts sheet: what the export writes and the personnel change reads, so that export, edit in Excel,
 * import is a round trip. Its columns, by their Japanese or English header in any order (other columns are
 * ignored); reading and writing the file itself (CSV in any encoding Excel writes, or XLSX) is the chassis'
 * {@link io.councilhub.chassis.sheet.SheetReader} and {@link SheetWriter}.
 */
public final class ContactSheet {

    /** The columns: the field they fill, the header the export writes, and the headers also read. */
    public enum Column {
        MEMBER_ID("memberId", "会員ID", "member id", "会員番号"),
        MEMBER_NAME("memberName", "会員名", "団体名", "member"),
        NAME("name", "氏名", "担当者名", "名前"),
        DEPARTMENT("department", "所属", "部署", "所属部署"),
        TITLE("title", "役職"),
        EMAIL("email", "メールアドレス", "メール", "e-mail", "mail"),
        PHONE("phone", "電話番号", "電話", "tel"),
        ROLES("roles", "役割", "role");

        private final String field;
        private final String header;
        private final String[] aliases;

        Column(String field, String header, String... aliases) {
            this.field = field;
            this.header = header;
            this.aliases = aliases;
        }

        /** The name of the field in problem documents and rejections ({@code email}); also the sheet's column name. */
        public String field() {
            return field;
        }

        /** The header the export writes ({@code メールアドレス}). */
        public String header() {
            return header;
        }
    }

    /** The columns as the chassis reads them: headers compare ignoring case, spaces, underscores and full width. */
    public static final Columns COLUMNS = columns();

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
     * The contacts in a sheet read with {@link #COLUMNS}; rows keep their numbers as Excel shows them (the header
     * is row 1).
     *
     * @throws InvalidFieldException naming {@code file} when it lacks a member column (id or name), the name or
     *                               the e-mail column
     */
    public static Sheet read(io.councilhub.chassis.sheet.Sheet sheet) {
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            if (sheet.has(column.field())) {
                headers.put(column, sheet.header(column.field()));
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
        List<ContactRow> rows = sheet.rows().stream().map(ContactSheet::row).toList();
        return new Sheet(rows, headers);
    }

    /** Writes the rows as the export does: Japanese headers, every column, in {@code format}. */
    public static void write(List<ContactRow> rows, SheetFormat format, OutputStream out) {
        List<List<String>> cells = rows.stream().map(row -> Arrays.asList(row.memberId(), row.memberName(), row.name(),
                row.department(), row.title(), row.email(), row.phone(), row.roles())).toList();
        SheetWriter.write(format, "担当者", COLUMNS.labels(), cells, out);
    }

    private static ContactRow row(SheetRow row) {
        return new ContactRow(row.number(), row.get(Column.MEMBER_ID.field()), row.get(Column.MEMBER_NAME.field()),
                row.get(Column.NAME.field()), row.get(Column.DEPARTMENT.field()), row.get(Column.TITLE.field()),
                row.get(Column.EMAIL.field()), row.get(Column.PHONE.field()), row.get(Column.ROLES.field()));
    }

    private static Columns columns() {
        Columns columns = Columns.of();
        for (Column column : Column.values()) {
            columns.column(column.field(), column.header(), column.aliases);
        }
        return columns;
    }
}
