package io.councilhub.finance.budget.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The budget table laid out as the packet prints it, one list of cells per row: the title, then for each
 * section its heading (【収入の部】), the column heads (科目, 予算額, 前年度予算額, 増減, 摘要), the 円 row,
 * the lines and the 合計. Money cells hold the printed figure ({@code 494,100}, {@code △ 63,900}).
 */
final class BudgetTable {

    static final List<String> HEADS = List.of("科目", "予算額", "前年度予算額", "増減", "摘要");
    static final List<String> UNITS = List.of("", "円", "円", "円", "");

    /** What kind of row it is, for a writer that styles rows (XLSX). */
    enum Kind { TITLE, BLANK, HEADING, HEADS, UNITS, LINE, TOTAL }

    record Row(Kind kind, List<String> cells, BudgetView.LineView line) {
    }

    private BudgetTable() {
    }

    static List<Row> of(BudgetView budget) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Kind.TITLE, List.of(budget.title()), null));
        for (BudgetView.SectionView section : List.of(budget.income(), budget.expenditure())) {
            rows.add(new Row(Kind.BLANK, List.of(), null));
            rows.add(new Row(Kind.HEADING, List.of(section.heading()), null));
            rows.add(new Row(Kind.HEADS, HEADS, null));
            rows.add(new Row(Kind.UNITS, UNITS, null));
            section.lines().forEach(line -> rows.add(new Row(Kind.LINE, cells(line), line)));
            rows.add(new Row(Kind.TOTAL, cells(section.total()), section.total()));
        }
        return rows;
    }

    private static List<String> cells(BudgetView.LineView line) {
        return Arrays.asList(line.account(), line.amountDisplay(), line.lastYearDisplay(), line.changeDisplay(),
                line.note() == null ? "" : line.note());
    }
}
