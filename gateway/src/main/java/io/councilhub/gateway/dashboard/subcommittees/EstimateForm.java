package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.CostItem;
import jakarta.servlet.http.HttpServletRequest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.councilhub.gateway.dashboard.subcommittees.PlanForms.orEmpty;

/**
 * 経費見積の編集: a draft plan's cost table as the secretariat types it, one row per item (見出し, 内容, 単価, the
 * counts of people, times, months and places it is multiplied by, 備考). Empty rows are left out; the form offers
 * three more than the plan has. It checks itself ({@link #problems()}: {@code rows[i].field} to a message key) before
 * it becomes subcommittee-service's {@code PUT .../estimate} body, and reads the service's field names
 * ({@code items[k].factors[j].quantity}) back as its own rows and columns.
 */
final class EstimateForm {

    /** The counts an item is multiplied by, in the order of the table's columns (the service's Factor.Kind). */
    static final List<String> KINDS = List.of("PEOPLE", "TIMES", "MONTHS", "PLACES");
    static final int BLANK_ROWS = 3;
    static final int MAX_ITEMS = 100;
    static final long MAX_UNIT_PRICE = 1_000_000_000L;
    static final int MAX_QUANTITY = 10_000;

    private static final Pattern SERVICE_FIELD = Pattern.compile("items\\[(\\d+)](?:\\.factors\\[(\\d+)])?\\.?(\\w*)");

    /** One row as typed; {@code counts} by kind, in {@link #KINDS} order. */
    record Row(String heading, String description, String unitPrice, List<String> counts, String note) {

        static Row empty() {
            return new Row("", "", "", List.of("", "", "", ""), "");
        }

        static Row of(CostItem item) {
            List<String> counts = new ArrayList<>();
            for (String kind : KINDS) {
                counts.add(item.factors() == null ? "" : item.factors().stream().filter(f -> kind.equals(f.kind()))
                        .map(f -> Integer.toString(f.quantity())).findFirst().orElse(""));
            }
            return new Row(orEmpty(item.heading()), orEmpty(item.description()), Long.toString(item.unitPrice()),
                    counts, orEmpty(item.note()));
        }

        boolean blank() {
            return blank(heading) && blank(description) && blank(unitPrice) && blank(note)
                    && counts.stream().allMatch(Row::blank);
        }

        /** The typed count of {@code kind}, for the page. */
        public String count(String kind) {
            return counts.get(KINDS.indexOf(kind));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    private final List<Row> rows;
    /** For each item sent, its row on the page and the kinds of its factors in the order sent. */
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(int row, List<String> kinds) {
    }

    private EstimateForm(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The plan's items and three empty rows. */
    static EstimateForm of(List<CostItem> items) {
        List<Row> rows = new ArrayList<>();
        items.forEach(item -> rows.add(Row.of(item)));
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(Row.empty());
        }
        return new EstimateForm(rows);
    }

    /** The rows as posted: each column's inputs share a name and arrive in the page's order. */
    static EstimateForm of(HttpServletRequest request) {
        String[] headings = values(request, "heading");
        String[] descriptions = values(request, "description");
        String[] prices = values(request, "unitPrice");
        String[] notes = values(request, "note");
        List<String[]> counts = KINDS.stream().map(kind -> values(request, kind.toLowerCase(Locale.ROOT)))
                .toList();
        int size = Math.max(Math.max(headings.length, descriptions.length), Math.max(prices.length, notes.length));
        for (String[] column : counts) {
            size = Math.max(size, column.length);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int row = i;
            rows.add(new Row(at(headings, i), at(descriptions, i), at(prices, i),
                    counts.stream().map(column -> at(column, row)).toList(), at(notes, i)));
        }
        return new EstimateForm(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** What the form would send: its rows that are not empty. */
    List<Row> filled() {
        return rows.stream().filter(row -> !row.blank()).toList();
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (filled().size() > MAX_ITEMS) {
            problems.put("items", "subcommittees.error.tooManyItems");
            return problems;
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String at = "rows[" + i + "].";
            if (Row.blank(row.description())) {
                problems.put(at + "description", "subcommittees.error.descriptionRequired");
            } else if (row.description().strip().length() > 200) {
                problems.put(at + "description", "subcommittees.error.tooLong");
            }
            if (!Row.blank(row.heading()) && row.heading().strip().length() > 200) {
                problems.put(at + "heading", "subcommittees.error.tooLong");
            }
            Long price = yen(row.unitPrice());
            if (price == null || price < 1 || price > MAX_UNIT_PRICE) {
                problems.put(at + "unitPrice", "subcommittees.error.unitPrice");
            }
            for (int k = 0; k < KINDS.size(); k++) {
                String count = row.counts().get(k);
                if (!Row.blank(count)) {
                    Long quantity = yen(count);
                    if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
                        problems.put(at + KINDS.get(k).toLowerCase(Locale.ROOT), "subcommittees.error.quantity");
                    }
                }
            }
            if (!Row.blank(row.note()) && row.note().strip().length() > 500) {
                problems.put(at + "note", "subcommittees.error.tooLong");
            }
        }
        return problems;
    }

    /** {@code {"items":[{heading, description, unitPrice, factors:[{kind, quantity}], note}]}}, empty rows left out. */
    Map<String, Object> body() {
        sent.clear();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            List<Map<String, Object>> factors = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (int k = 0; k < KINDS.size(); k++) {
                String count = row.counts().get(k);
                if (!Row.blank(count)) {
                    Map<String, Object> factor = new LinkedHashMap<>();
                    factor.put("kind", KINDS.get(k));
                    factor.put("quantity", yen(count));
                    factors.add(factor);
                    kinds.add(KINDS.get(k));
                }
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("heading", Row.blank(row.heading()) ? null : row.heading().strip());
            item.put("description", row.description().strip());
            item.put("unitPrice", yen(row.unitPrice()));
            item.put("factors", factors);
            item.put("note", Row.blank(row.note()) ? null : row.note().strip());
            items.add(item);
            sent.add(new Sent(i, kinds));
        }
        return Map.of("items", items);
    }

    /**
     * The service's name for a field of the body last built ({@code items[1].factors[0].quantity}) as the form's
     * ({@code rows[3].times}); a name it does not know stays as it is.
     */
    String formField(String serviceField) {
        Matcher name = SERVICE_FIELD.matcher(serviceField);
        if (!name.matches() || Integer.parseInt(name.group(1)) >= sent.size()) {
            return serviceField;
        }
        Sent item = sent.get(Integer.parseInt(name.group(1)));
        String at = "rows[" + item.row() + "].";
        if (name.group(2) != null) {
            int factor = Integer.parseInt(name.group(2));
            return factor < item.kinds().size() ? at + item.kinds().get(factor).toLowerCase(Locale.ROOT)
                    : at + "unitPrice";
        }
        return at + (name.group(3).isEmpty() ? "description" : name.group(3));
    }

    /** A whole number as typed, with or without thousands separators ({@code 30,000}, full-width digits too). */
    static Long yen(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip()
                .replace(",", "").replace("円", "");
        if (!digits.matches("\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(digits);
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String at(String[] values, int index) {
        return index < values.length && values[index] != null ? values[index] : "";
    }
}
