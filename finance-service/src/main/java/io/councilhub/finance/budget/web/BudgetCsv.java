package io.councilhub.finance.budget.web;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The budget table as CSV: UTF-8 with a BOM (so spreadsheet software reads the Japanese), CRLF, RFC 4180 quoting. */
final class BudgetCsv {

    private BudgetCsv() {
    }

    static byte[] of(BudgetView budget) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (BudgetTable.Row row : BudgetTable.of(budget)) {
            csv.append(row.cells().stream().map(BudgetCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
