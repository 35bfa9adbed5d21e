package io.councilhub.chassis.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a kind of file has: each by its canonical name (as code and JSON call it) with the header texts
 * users write for it, such as {@code 名称} for {@code name}. Headers compare after NFKC normalisation (full-width
 * letters, half-width kana), ignoring case, spaces and underscores ({@code member_id}, {@code Member ID} and
 * {@code memberId} are one column). The first label of a column is the one files are
 * written with.
 */
public final class Columns {

    private final Map<String, List<String>> labels = new LinkedHashMap<>();
    private final Map<String, String> byHeader = new LinkedHashMap<>();

    private Columns() {
    }

    public static Columns of() {
        return new Columns();
    }

    /** Adds a column: {@code name} is also accepted as its own header; {@code label} is what files are written with. */
    public Columns column(String name, String label, String... aliases) {
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(List.of(aliases));
        labels.put(name, List.copyOf(all));
        byHeader.put(key(name), name);
        all.forEach(alias -> byHeader.put(key(alias), name));
        return this;
    }

    /** The canonical name a header stands for, or the header itself (stripped) when it names no known column. */
    public String resolve(String header) {
        String canonical = byHeader.get(key(header));
        return canonical != null ? canonical : header.strip();
    }

    /** The canonical names, in the order they were added. */
    public List<String> names() {
        return List.copyOf(labels.keySet());
    }

    /** The header a file is written with for {@code name}. */
    public String label(String name) {
        List<String> all = labels.get(name);
        return all == null ? name : all.get(0);
    }

    /** The headers a file is written with, in the order the columns were added. */
    public List<String> labels() {
        return names().stream().map(this::label).toList();
    }

    public boolean knows(String name) {
        return labels.containsKey(name);
    }

    private static String key(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\\s_]+", "").toLowerCase(Locale.ROOT);
    }
}
