package io.councilhub.chassis.sheet;

import java.util.List;
import java.util.Map;

/**
 * A table read from a file: its columns as named (after {@link Columns} resolved aliases), in file order, its
 * non-empty data rows, and for each column the header as the file wrote it (so a message can name the column
 * the way the user sees it).
 */
public record Sheet(SheetFormat format, List<String> columns, List<SheetRow> rows, Map<String, String> headers) {

    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        headers = Map.copyOf(headers);
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    /** The header {@code column} had in the file ({@code メール} for {@code email}), or {@code null} if it had none. */
    public String header(String column) {
        return headers.get(column);
    }
}
