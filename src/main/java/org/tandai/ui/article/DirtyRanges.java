package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of text to restyle after a change, merged where they touch or lie close together.
 * An entity's mentions can sit at both ends of a long article; restyling one range from the first
 * to the last would restyle the whole text, so each cluster is restyled on its own.
 */
final class DirtyRanges {
    /** Ranges closer than this are restyled as one (one call is cheaper than two tiny ones). */
    private static final int JOIN_GAP = 512;
    private final List<int[]> ranges = new ArrayList<>();

    void add(int start, int end) {
        if (end > start) {
            ranges.add(new int[] {start, end});
        }
    }

    void addAll(List<HighlightIndex.Seg> segs) {
        for (HighlightIndex.Seg g : segs) {
            add(g.start(), g.end());
        }
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Calls {@code r} once per merged range, in text order. */
    void restyle(ArticleViewModel.Restyler r) {
        ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
        int i = 0;
        while (i < ranges.size()) {
            int a = ranges.get(i)[0];
            int b = ranges.get(i)[1];
            i++;
            while (i < ranges.size() && ranges.get(i)[0] <= b + JOIN_GAP) {
                b = Math.max(b, ranges.get(i)[1]);
                i++;
            }
            r.restyle(a, b);
        }
    }
}
