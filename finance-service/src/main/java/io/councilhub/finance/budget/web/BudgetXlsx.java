package io.councilhub.finance.budget.web;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The budget table as an XLSX sheet laid out like the packet. Money cells are numbers formatted as the
 * packet prints them ({@code #,##0}, negatives {@code △ 63,900}), so the sheet still adds up. Written with
 * fastexcel directly until the chassis has its sheet package.
 */
final class BudgetXlsx {

    static final String MONEY = "#,##0;\"△ \"#,##0";

    private BudgetXlsx() {
    }

    static byte[] of(BudgetView budget) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "councilhub", "1.0");
            Worksheet sheet = workbook.newWorksheet("収支予算");
            sheet.width(0, 16);
            sheet.width(1, 12);
            sheet.width(2, 14);
            sheet.width(3, 12);
            sheet.width(4, 48);
            int r = 0;
            for (BudgetTable.Row row : BudgetTable.of(budget)) {
                if (row.line() != null) {
                    sheet.value(r, 0, row.line().account());
                    sheet.value(r, 1, row.line().amount());
                    sheet.value(r, 2, row.line().lastYear());
                    sheet.value(r, 3, row.line().change());
                    sheet.value(r, 4, row.line().note() == null ? "" : row.line().note());
                    sheet.range(r, 1, r, 3).style().format(MONEY).set();
                    if (row.kind() == BudgetTable.Kind.TOTAL) {
                        sheet.range(r, 0, r, 4).style().bold().set();
                    }
                } else {
                    for (int c = 0; c < row.cells().size(); c++) {
                        sheet.value(r, c, row.cells().get(c));
                    }
                    if (row.kind() == BudgetTable.Kind.TITLE || row.kind() == BudgetTable.Kind.HEADING) {
                        sheet.style(r, 0).bold().set();
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
