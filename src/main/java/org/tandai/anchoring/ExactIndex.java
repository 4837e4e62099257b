package org.tandai.anchoring;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds every exact occurrence of many quotes in one text with one pass per key length instead
 * of one full scan per quote. The key of a quote is a rolling hash of its first (up to) eight
 * UTF-16 units; the pass records the positions of only the keys some quote needs (a bit filter
 * keeps the map out of the hot loop), and each quote then verifies its candidates with
 * {@code startsWith}, so hash collisions cost time, never correctness. Positions are UTF-16 indices.
 */
final class ExactIndex {
    static final int KEY = 8;
    private static final long BASE = 0x100000001B3L;
    private static final int FILTER_BITS = 1 << 22;
    private static final int[] NONE = new int[0];

    private final String text;
    private final Map<Long, int[]> positions = new HashMap<>();
    private final Map<Long, Integer> counts = new HashMap<>();

    ExactIndex(String text, Collection<String> quotes) {
        this.text = text;
        Map<Integer, BitSet> filters = new HashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        for (String q : quotes) {
            if (!q.isEmpty()) {
                int len = Math.min(KEY, q.length());
                lengths.add(len);
                long k = key(q, 0, len);
                filters.computeIfAbsent(len, l -> new BitSet(FILTER_BITS)).set(slot(k));
                counts.put(k, 0);
            }
        }
        for (int len : lengths) {
            scan(len, filters.get(len));
        }
        counts.forEach((k, n) -> positions.put(k, n == 0 ? NONE : Arrays.copyOf(positions.get(k), n)));
    }

    private static long key(CharSequence s, int from, int len) {
        long h = 0;
        for (int i = 0; i < len; i++) {
            h = h * BASE + s.charAt(from + i);
        }
        return h * 31 + len;
    }

    private static int slot(long k) {
        return (int) ((k ^ (k >>> 29) ^ (k >>> 47)) & (FILTER_BITS - 1));
    }

    private void scan(int len, BitSet filter) {
        long drop = 1;
        for (int i = 0; i < len; i++) {
            drop *= BASE;
        }
        long h = 0;
        for (int i = 0; i < text.length(); i++) {
            h = h * BASE + text.charAt(i);
            if (i >= len) {
                h -= drop * text.charAt(i - len);
            }
            if (i + 1 >= len) {
                long k = h * 31 + len;
                if (filter.get(slot(k)) && counts.containsKey(k)) {
                    add(k, i + 1 - len);
                }
            }
        }
    }

    private void add(long k, int pos) {
        int n = counts.get(k);
        int[] arr = positions.get(k);
        if (arr == null) {
            arr = new int[4];
        } else if (n == arr.length) {
            arr = Arrays.copyOf(arr, n * 2);
        }
        arr[n] = pos;
        positions.put(k, arr);
        counts.put(k, n + 1);
    }

    /** Ascending UTF-16 positions where {@code quote} occurs; the quote must have been given at construction. */
    int[] occurrences(String quote) {
        if (quote.isEmpty()) {
            return NONE;
        }
        int[] cand = positions.get(key(quote, 0, Math.min(KEY, quote.length())));
        if (cand == null) {
            return NONE;
        }
        int[] out = new int[cand.length];
        int n = 0;
        for (int p : cand) {
            if (text.startsWith(quote, p)) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
