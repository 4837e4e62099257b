package org.tandai.ui.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Where characters of the visible paragraphs are, in the overlay's coordinates, for one redraw:
 * the box of a character and the line boxes a range runs over. A range over several lines is cut
 * by binary search on the line a character sits on, so a long claim costs a few lookups per line,
 * not one per character.
 */
final class TextGeometry {
    private final StyleClassedTextArea area;
    private final Node overlay;
    private final int from;
    private final int to;
    private final Map<Integer, Bounds> boxes = new HashMap<>();
    private final CharSequence text;

    TextGeometry(StyleClassedTextArea area, Node overlay, CharSequence text, int from, int to) {
        this.area = area;
        this.text = text;
        this.overlay = overlay;
        this.from = from;
        this.to = to;
    }

    /** True when [a, b) starts before the visible paragraphs (an arc to it goes to the top edge). */
    boolean before(int a) {
        return a < from;
    }

    boolean after(int a) {
        return a >= to;
    }

    /** The box of one character, or null when its paragraph is not laid out (not visible). */
    Bounds box(int i) {
        if (i < from || i >= to) {
            return null;
        }
        return boxes.computeIfAbsent(i, k -> {
            Optional<Bounds> b = area.getCharacterBoundsOnScreen(k, k + 1);
            return b.map(overlay::screenToLocal).orElse(null);
        });
    }

    /** The boxes of the lines [a, b) runs over, in order; empty when none of it is laid out. */
    List<Bounds> lines(int a, int b) {
        return lines(a, b, 200);
    }

    private List<Bounds> lines(int a, int b, int max) {
        List<Bounds> out = new ArrayList<>();
        int start = Math.max(a, from);
        int end = Math.min(b, to);
        while (start < end && out.size() < max) {
            Bounds first = box(start);
            if (first == null) {
                break;
            }
            Bounds last = box(end - 1);
            if (last != null && sameLine(first, last)) {
                out.add(union(first, last));
                break;
            }
            int lo = start;
            int hi = end - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                Bounds m = box(mid);
                if (m != null && sameLine(first, m)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            int endChar = lo;
            while (endChar > start && endChar < text.length() && Character.isWhitespace(text.charAt(endChar))) {
                endChar--; // the space where the line wraps reaches to the margin: the line's box ends at its last word
            }
            Bounds lineEnd = box(endChar);
            out.add(union(first, lineEnd == null ? first : lineEnd));
            start = hi;
        }
        return out;
    }

    /** The first line box of [a, b), or null. */
    Bounds firstLine(int a, int b) {
        List<Bounds> l = lines(a, b, 1);
        return l.isEmpty() ? null : l.get(0);
    }

    /**
     * The box of [a, b)'s first character, or null: all a label needs, and one measurement instead
     * of the two or more of {@link #firstLine} (each measurement adds a shape to the paragraph for a moment).
     */
    Bounds start(int a) {
        return box(Math.max(a, from));
    }

    private static boolean sameLine(Bounds x, Bounds y) {
        return Math.abs(x.getMinY() - y.getMinY()) < 1 && y.getMinX() >= x.getMinX() - 0.5;
    }

    private static Bounds union(Bounds x, Bounds y) {
        double minX = Math.min(x.getMinX(), y.getMinX());
        double maxX = Math.max(x.getMaxX(), y.getMaxX());
        double minY = Math.min(x.getMinY(), y.getMinY());
        double maxY = Math.max(x.getMaxY(), y.getMaxY());
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
