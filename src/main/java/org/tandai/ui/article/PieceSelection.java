package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.WordBounds;

/**
 * A selection in several pieces (decision 0840). The text area's own selection is one range, so
 * the pieces already chosen are held here, in UTF-16 ranges of the text, and painted with the
 * {@value #STYLE} class through the highlight index (owner {@value #OWNER}); the area's live
 * selection is the last piece. Ctrl+drag or Ctrl+Shift+A holds the live selection and starts a
 * new one; Escape clears the pieces; making an annotation uses them all and clears them.
 */
public final class PieceSelection {
    static final String OWNER = "#pieces";
    static final String STYLE = "piece";
    private final ArticleViewModel vm;
    private final List<int[]> held = new ArrayList<>();

    PieceSelection(ArticleViewModel vm) {
        this.vm = vm;
    }

    /** How many pieces are held (not counting the live selection). */
    public int heldCount() {
        return held.size();
    }

    /** The held pieces, {start, end} in UTF-16, in text order. */
    public List<int[]> held() {
        return List.copyOf(held);
    }

    /**
     * Holds the live selection as a piece (merged with any held piece it overlaps) and collapses
     * the live selection to its end, so the next piece can be selected. False when nothing is selected.
     */
    public boolean holdLive() {
        int a = Math.min(vm.selectionStartProperty().get(), vm.selectionEndProperty().get());
        int b = Math.max(vm.selectionStartProperty().get(), vm.selectionEndProperty().get());
        if (a == b || vm.session() == null) {
            return false;
        }
        add(held, a, b);
        repaint();
        vm.selectText(b, b);
        return true;
    }

    /**
     * Holds {@code a..b} (UTF-16) as a piece without touching the live selection: the end of a
     * Ctrl+drag, whose drag made the live selection the next piece. False for an empty range.
     */
    public boolean hold(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        if (lo == hi || vm.session() == null) {
            return false;
        }
        add(held, lo, hi);
        repaint();
        return true;
    }

    /** Forgets the held pieces; false when there were none. */
    public boolean clear() {
        if (held.isEmpty()) {
            return false;
        }
        held.clear();
        repaint();
        return true;
    }

    /** Drops the pieces without painting (the document is being replaced). */
    void forget() {
        held.clear();
    }

    /**
     * The held pieces plus the live selection as one span (several fragments when several pieces),
     * each snapped to words when asked; pieces that touch or overlap become one. Null when nothing
     * is selected.
     */
    public Span span(boolean snap) {
        DocumentSession s = vm.session();
        if (s == null) {
            return null;
        }
        String text = s.text().text();
        List<int[]> all = new ArrayList<>();
        List<int[]> raw = new ArrayList<>(held);
        int la = Math.min(vm.selectionStartProperty().get(), vm.selectionEndProperty().get());
        int lb = Math.max(vm.selectionStartProperty().get(), vm.selectionEndProperty().get());
        if (la < lb) {
            raw.add(new int[] {la, lb});
        }
        for (int[] r : raw) {
            int[] x = snap ? WordBounds.snap(text, r[0], r[1]) : r;
            if (x[0] < x[1] && !text.substring(x[0], x[1]).isBlank()) {
                add(all, x[0], x[1]);
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        ArticleText t = s.text();
        List<Span> fragments = new ArrayList<>(all.size());
        for (int[] r : all) {
            fragments.add(Span.of(t, t.toCodePoint(r[0]), t.toCodePoint(r[1])));
        }
        return Span.ofFragments(fragments);
    }

    /** Adds [a, b) to sorted, disjoint ranges, merging it with those it overlaps or touches. */
    private static void add(List<int[]> ranges, int a, int b) {
        int i = 0;
        while (i < ranges.size() && ranges.get(i)[1] < a) {
            i++;
        }
        while (i < ranges.size() && ranges.get(i)[0] <= b) {
            a = Math.min(a, ranges.get(i)[0]);
            b = Math.max(b, ranges.get(i)[1]);
            ranges.remove(i);
        }
        ranges.add(i, new int[] {a, b});
    }

    private void repaint() {
        DirtyRanges dirty = new DirtyRanges();
        dirty.addAll(vm.index().remove(OWNER));
        List<HighlightIndex.Seg> segs = new ArrayList<>();
        for (int[] r : held) {
            segs.add(new HighlightIndex.Seg(r[0], r[1], STYLE, OWNER));
        }
        vm.index().add(segs);
        dirty.addAll(segs);
        vm.restyle(dirty);
    }
}
