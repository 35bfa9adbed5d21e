package io.councilhub.chassis.sheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (UTF-8 with a BOM, so Excel opens Japanese text correctly; CRLF line ends) or as an
 * XLSX workbook of one sheet whose cells are all text, so codes keep their leading zeros and dates stay as
 * written. Blank cells are {@code null} or empty strings. A CSV cell that Excel would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR first) is written behind a {@code '}; {@link SheetReader}
 * drops it again. XLSX cells are text, never formulas, and are written as they are.
 */
public final class SheetWriter {

    private SheetWriter() {
    }

    public static void write(SheetFormat format, String sheetName, List<String> header, List<List<String>> rows,
                             OutputStream out) {
        try {
            if (format == SheetFormat.XLSX) {
                xlsx(sheetName, header, rows, out);
            } else {
                csv(header, rows, out);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void csv(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(header.stream().map(FormulaCells::escape).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(cell -> cell == null ? "" : FormulaCells.escape(cell)).toList());
        }
        printer.flush();
    }

    private static void xlsx(String sheetName, List<String> header, List<List<String>> rows, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "councilhub", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.style(0, column).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                if (cell != null && !cell.isEmpty()) {
                    sheet.value(r + 1, column, cell);
                }
            }
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }
}
