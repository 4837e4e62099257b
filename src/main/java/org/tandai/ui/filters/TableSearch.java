package org.tandai.ui.filters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rule of a table's search field and column filters, without JavaFX (decision 1151): a row is
 * shown when its visible text contains every word typed, compared without case and accents
 * ("korea" finds "Koréa", "KOREA"), and when each column filter that has values chosen holds the
 * row's value in that column. No value chosen means no filter.
 */
public final class TableSearch<T> {
    private final Function<T, String> text;
    private final Map<String, Function<T, String>> columns;
    private List<String> words = List.of();
    private final Map<String, Set<String>> chosen = new java.util.HashMap<>();

    /** {@code text}: all the text a row shows; {@code columns}: each filterable column's value by name. */
    public TableSearch(Function<T, String> text, Map<String, Function<T, String>> columns) {
        this.text = text;
        this.columns = columns;
    }

    /** Folds case and accents away: "Koréa Utara" becomes "korea utara". */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    public void setQuery(String q) {
        List<String> w = new ArrayList<>();
        for (String part : fold(q).split("\\s+")) {
            if (!part.isEmpty()) {
                w.add(part);
            }
        }
        words = w;
    }

    /** The values chosen for a column; empty shows every row. */
    public void choose(String column, Set<String> values) {
        chosen.put(column, Set.copyOf(values));
    }

    public Set<String> chosen(String column) {
        return chosen.getOrDefault(column, Set.of());
    }

    /** The value a row has in a column, as the filter compares it. */
    public String valueOf(String column, T row) {
        String v = columns.get(column).apply(row);
        return v == null ? "" : v;
    }

    public boolean isActive() {
        return !words.isEmpty() || chosen.values().stream().anyMatch(s -> !s.isEmpty());
    }

    /** A snapshot of the rule as it is now, for a FilteredList (a new object each time, so it refilters). */
    public Predicate<T> predicate() {
        List<String> w = words;
        Map<String, Set<String>> c = new java.util.HashMap<>();
        chosen.forEach((k, v) -> {
            if (!v.isEmpty()) {
                c.put(k, v);
            }
        });
        if (w.isEmpty() && c.isEmpty()) {
            return row -> true;
        }
        return row -> {
            for (Map.Entry<String, Set<String>> e : c.entrySet()) {
                if (!e.getValue().contains(valueOf(e.getKey(), row))) {
                    return false;
                }
            }
            if (w.isEmpty()) {
                return true;
            }
            String t = fold(text.apply(row));
            for (String word : w) {
                if (!t.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }
}
