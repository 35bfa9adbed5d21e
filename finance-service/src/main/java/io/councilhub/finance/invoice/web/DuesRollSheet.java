package io.councilhub.finance.invoice.web;

import io.councilhub.chassis.sheet.SheetFormat;
import io.councilhub.chassis.sheet.SheetWriter;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.finance.invoice.DuesRoll;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dues roll as a sheet: CSV (UTF-8 with a BOM so Excel reads the Japanese, CRLF line ends) and XLSX
 * (amounts as numbers with a thousands separator, which the chassis' all-text writer does not do, hence
 * fastexcel here). One row per member, then the totals row (合計).
 */
final class DuesRollSheet {

    static final List<String> HEADER = List.of("会員名", "会員区分", "負担金額", "請求額", "入金額", "取消額", "未納額",
            "状況", "備考");
    private static final int FIRST_AMOUNT = 2;
    private static final int LAST_AMOUNT = 6;

    private DuesRollSheet() {
    }

    static String title(DuesRoll roll) {
        return roll.fiscalYear().label() + " 会費納入状況";
    }

    /** Each row as cells; amounts (columns 2..6) are plain integers. */
    static List<List<Object>> rows(DuesRoll roll) {
        List<List<Object>> rows = new ArrayList<>();
        for (DuesRoll.Line line : roll.lines()) {
            rows.add(cells(line.memberName(), DuesRoll.categoryLabel(line.category()), line.rate(), line.invoiced(),
                    line.paid(), line.cancelled(), line.outstanding(), line.status().label(), line.note()));
        }
        DuesRoll.Totals totals = roll.totals();
        rows.add(cells("合計 (" + totals.members() + "会員)", "", null, totals.invoiced(), totals.paid(),
                totals.cancelled(), totals.outstanding(), "", null));
        return rows;
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value instanceof Yen yen ? (Object) yen.amount() : value);
        }
        return cells;
    }

    /** Through the chassis' writer: a member name Excel would run as a formula is written quoted. */
    static byte[] csv(DuesRoll roll) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> rows = rows(roll).stream()
                .map(row -> row.stream().map(cell -> cell == null ? null : cell.toString()).toList()).toList();
        SheetWriter.write(SheetFormat.CSV, "会費納入状況", HEADER, rows, out);
        return out.toByteArray();
    }

    static byte[] xlsx(DuesRoll roll) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "councilhub", "1.0");
            Worksheet sheet = workbook.newWorksheet("会費納入状況");
            sheet.value(0, 0, title(roll));
            sheet.style(0, 0).bold().set();
            for (int column = 0; column < HEADER.size(); column++) {
                sheet.value(2, column, HEADER.get(column));
                sheet.style(2, column).bold().set();
            }
            List<List<Object>> rows = rows(roll);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int column = 0; column < row.size(); column++) {
                    Object cell = row.get(column);
                    if (cell instanceof Long amount) {
                        sheet.value(r + 3, column, amount);
                        sheet.style(r + 3, column).format("#,##0").set();
                    } else if (cell != null && !cell.toString().isEmpty()) {
                        sheet.value(r + 3, column, cell.toString());
                    }
                }
            }
            sheet.width(0, 36);
            sheet.width(HEADER.size() - 1, 30);
            for (int column = FIRST_AMOUNT; column <= LAST_AMOUNT; column++) {
                sheet.width(column, 12);
            }
            sheet.freezePane(0, 3);
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }
}
