package org.tandai.model;

import java.util.Objects;

/**
 * A stretch of article text: code-point offsets (start inclusive, end exclusive) plus the quoted
 * text and about {@value #CONTEXT} code points of context either side. The offsets are a
 * TextPositionSelector and exact/prefix/suffix a TextQuoteSelector, so the span can be found again
 * when the text changes.
 *
 * <p>Immutable, with value equality over all six properties (it was a record; see decision 0401).
 * A span can hold its quote and context as strings, or take them from the {@link ArticleText}
 * they were cut from: {@link #of} and {@link #backedBy} make such text-backed spans, which cost
 * about 40 bytes instead of three strings (often 300 bytes or more). Both kinds answer the same
 * values, compare equal and are written to files identically.
 */
public final class Span {
    /** Code points of context kept on each side, as Hypothesis does. */
    public static final int CONTEXT = 32;

    private final int start;
    private final int end;
    private final Anchor anchor;
    /** Set when exact, prefix and suffix are the standard cut of this text; the strings are then null. */
    private final ArticleText text;
    private final String exact;
    private final String prefix;
    private final String suffix;

    /** A span holding its quote and context as given (null context means none). */
    public Span(int start, int end, String exact, String prefix, String suffix, Anchor anchor) {
        this.start = start;
        this.end = end;
        this.exact = Objects.requireNonNull(exact, "exact");
        this.prefix = prefix == null ? "" : prefix;
        this.suffix = suffix == null ? "" : suffix;
        this.anchor = anchor == null ? Anchor.OK : anchor;
        this.text = null;
    }

    private Span(int start, int end, ArticleText text, Anchor anchor) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.anchor = anchor;
        this.exact = null;
        this.prefix = null;
        this.suffix = null;
    }

    /** Builds a span over the given code-point range of the text, taking quote and context from it. */
    public static Span of(ArticleText text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("span " + start + ".." + end + " outside text of length " + text.length());
        }
        return new Span(start, end, text, Anchor.OK);
    }

    /**
     * The same span, taking its quote and context from {@code text} when they are exactly what
     * {@link #of} would cut from it there; otherwise (text changed, shorter context written by
     * another tool, offsets outside the text) this span itself. Used after loading, to drop the
     * copies of the text that the file carried.
     */
    public Span backedBy(ArticleText text) {
        if (this.text == text || this.text != null || start < 0 || start > end || end > text.length()) {
            return this;
        }
        if (text.matches(start, end, exact)
                && text.matches(Math.max(0, start - CONTEXT), start, prefix)
                && text.matches(end, Math.min(text.length(), end + CONTEXT), suffix)) {
            return new Span(start, end, text, anchor);
        }
        return this;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The quoted text. */
    public String exact() {
        return text == null ? exact : text.slice(start, end);
    }

    /** Up to {@value #CONTEXT} code points before the quote. */
    public String prefix() {
        return text == null ? prefix : text.slice(Math.max(0, start - CONTEXT), start);
    }

    /** Up to {@value #CONTEXT} code points after the quote. */
    public String suffix() {
        return text == null ? suffix : text.slice(end, Math.min(text.length(), end + CONTEXT));
    }

    public Anchor anchor() {
        return anchor;
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
        Anchor next = a == null ? Anchor.OK : a;
        return text != null ? new Span(start, end, text, next) : new Span(start, end, exact, prefix, suffix, next);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Span s) || start != s.start || end != s.end || anchor != s.anchor) {
            return false;
        }
        if (text != null && text == s.text) {
            return true;
        }
        return exact().equals(s.exact()) && prefix().equals(s.prefix()) && suffix().equals(s.suffix());
    }

    /** From the offsets and anchor only, so that it costs nothing for text-backed spans. */
    @Override
    public int hashCode() {
        return (31 * start + end) * 31 + anchor.ordinal();
    }

    @Override
    public String toString() {
        return "Span[start=" + start + ", end=" + end + ", exact=" + exact() + ", prefix=" + prefix()
                + ", suffix=" + suffix() + ", anchor=" + anchor + "]";
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
