package org.tandai.suggest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quotes of an article, found by their marks' positions in constant time and by a position inside in log time. */
final class QuoteIndex {
    private final List<Quote> quotes;
    private final Map<Integer, Quote> byOpen = new HashMap<>();
    private final Map<Integer, Quote> byClose = new HashMap<>();
    private final int[] opens;

    QuoteIndex(List<Quote> quotes) {
        this.quotes = quotes;
        opens = new int[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            byOpen.put(q.open(), q);
            byClose.put(q.close(), q);
            opens[i] = q.open();
        }
        // QuoteFinder gives them in text order, not overlapping.
        if (!isSorted(opens)) {
            throw new IllegalArgumentException("quotes out of order");
        }
    }

    private static boolean isSorted(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) {
                return false;
            }
        }
        return true;
    }

    List<Quote> all() {
        return quotes;
    }

    Quote openingAt(int cp) {
        return byOpen.get(cp);
    }

    Quote closingAt(int cp) {
        return byClose.get(cp);
    }

    /** The quotes whose marks overlap {@code [start, end)}, in text order. */
    List<Quote> overlapping(int start, int end) {
        int i = Arrays.binarySearch(opens, start);
        int from = Math.max(0, i >= 0 ? i : -i - 2);
        List<Quote> out = new java.util.ArrayList<>();
        for (int k = from; k < quotes.size() && quotes.get(k).open() < end; k++) {
            if (quotes.get(k).close() >= start) {
                out.add(quotes.get(k));
            }
        }
        return out;
    }

    /** The quote whose marks enclose {@code cp}, or null. */
    Quote around(int cp) {
        int i = Arrays.binarySearch(opens, cp);
        int idx = i >= 0 ? i - 1 : -i - 2;
        if (idx < 0) {
            return null;
        }
        Quote q = quotes.get(idx);
        return q.covers(cp) ? q : null;
    }
}
