package io.councilhub.chassis.sheet;

import java.util.Map;

/**
 * One data row of a sheet: its number as the user sees it in Excel or a text editor (the header is row 1),
 * and its cells keyed by column name. Blank cells are absent.
 */
public record SheetRow(int number, Map<String, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, stripped, or {@code null} when the cell is blank or the column is missing. */
    public String get(String column) {
        return cells.get(column);
    }
}
