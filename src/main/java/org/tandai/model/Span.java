package org.tandai.model;

import java.util.Objects;

/**
 * A stretch of article text: code-point offsets (start inclusive, end exclusive) plus the quoted
 * text and about {@value #CONTEXT} code points of context either side. The offsets are a
 * TextPositionSelector and exact/prefix/suffix a TextQuoteSelector, so the span can be found again
 * when the text changes.
 */
public record Span(int start, int end, String exact, String prefix, String suffix, Anchor anchor) {
    /** Code points of context kept on each side, as Hypothesis does. */
    public static final int CONTEXT = 32;

    public Span {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        anchor = anchor == null ? Anchor.OK : anchor;
    }

    /** Builds a span over the given code-point range of the text, taking quote and context from it. */
    public static Span of(ArticleText text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("span " + start + ".." + end + " outside text of length " + text.length());
        }
        return new Span(start, end, text.slice(start, end),
                text.slice(Math.max(0, start - CONTEXT), start),
                text.slice(end, Math.min(text.length(), end + CONTEXT)), Anchor.OK);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int codePoint) {
        return codePoint >= start && codePoint < end;
    }

    public Span withAnchor(Anchor a) {
        return new Span(start, end, exact, prefix, suffix, a);
    }

    /** Orders spans by start, then end. */
    public static int compare(Span a, Span b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return 1;
        }
        if (b == null) {
            return -1;
        }
        int c = Integer.compare(a.start, b.start);
        return c != 0 ? c : Integer.compare(a.end, b.end);
    }
}
