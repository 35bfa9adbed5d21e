package io.councilhub.membership.sheet;

import java.util.List;

/**
 * A table read from a file: its columns as named (after {@link Columns} resolved aliases), in file order, and
 * its non-empty data rows.
 */
public record Sheet(SheetFormat format, List<String> columns, List<SheetRow> rows) {

    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean has(String column) {
        return columns.contains(column);
    }
}
