package org.tandai.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Span;

/**
 * Code-point ranges that answer "does anything overlap this one?" in about constant time for the
 * short ranges of news text: each range is filed under every 256-code-point bucket it touches. A
 * 1 MB article has tens of thousands of suggestions; comparing each with all the others took seconds.
 */
final class Intervals {
    private static final int BUCKET = 256;
    private final Map<Integer, List<int[]>> buckets = new HashMap<>();

    void add(int start, int end) {
        int[] r = {start, end};
        for (int b = start / BUCKET; b <= Math.max(start, end - 1) / BUCKET; b++) {
            buckets.computeIfAbsent(b, k -> new ArrayList<>()).add(r);
        }
    }

    /** Adds every fragment of a span. */
    void add(Span s) {
        if (s != null) {
            for (Span f : s.fragments()) {
                add(f.start(), f.end());
            }
        }
    }

    boolean overlaps(int start, int end) {
        for (int b = start / BUCKET; b <= Math.max(start, end - 1) / BUCKET; b++) {
            for (int[] r : buckets.getOrDefault(b, List.of())) {
                if (r[0] < end && start < r[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when any fragment of the span overlaps a range held. */
    boolean overlaps(Span s) {
        if (s == null) {
            return false;
        }
        for (Span f : s.fragments()) {
            if (overlaps(f.start(), f.end())) {
                return true;
            }
        }
        return false;
    }
}
