package org.tandai.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>A span can be in several pieces ({@link #ofFragments}): "“Kami siap,” kata Budi, “untuk
 * bekerja sama.”" has one content in two fragments around its cue. Each fragment is a one-piece
 * span with its own offsets, quote and context; {@link #start()} and {@link #end()} are then the
 * whole span's bounds, used for sorting. Code that reads the article text at a span walks
 * {@link #fragments()}, which is the span itself for a one-piece span (decision 0800).
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
    /**
     * The fragments when the span is in several pieces (two or more single-piece spans in text
     * order, not overlapping); null for the usual one-piece span. The fields above are then unused
     * except {@code start} and {@code end}, which are the whole span's bounds (first start, last end).
     */
    private final Span[] pieces;
    /** Attribute values of this span (a mention's "negated"); empty for most spans. Immutable. */
    private final Map<String, Object> attributes;

    /** A span holding its quote and context as given (null context means none). */
    public Span(int start, int end, String exact, String prefix, String suffix, Anchor anchor) {
        this.start = start;
        this.end = end;
        this.exact = Objects.requireNonNull(exact, "exact");
        this.prefix = prefix == null ? "" : prefix;
        this.suffix = suffix == null ? "" : suffix;
        this.anchor = anchor == null ? Anchor.OK : anchor;
        this.text = null;
        this.pieces = null;
        this.attributes = Map.of();
    }

    private Span(int start, int end, ArticleText text, Anchor anchor, Map<String, Object> attributes) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.anchor = anchor;
        this.exact = null;
        this.prefix = null;
        this.suffix = null;
        this.pieces = null;
        this.attributes = attributes;
    }

    private Span(String exact, String prefix, String suffix, int start, int end, ArticleText text, Anchor anchor,
                 Span[] pieces, Map<String, Object> attributes) {
        this.start = start;
        this.end = end;
        this.exact = exact;
        this.prefix = prefix;
        this.suffix = suffix;
        this.text = text;
        this.anchor = anchor;
        this.pieces = pieces;
        this.attributes = attributes;
    }

    /**
     * A span made of the given fragments. One fragment gives that fragment itself. Several must
     * each be a one-piece span, in text order, not overlapping and not empty ({@link
     * Fragments#problemsOf} says what is wrong otherwise); their own attributes are dropped
     * (attributes belong to the whole span). The whole span's anchor is derived from the
     * fragments' ({@link #anchor()}).
     *
     * @throws IllegalArgumentException when the list is empty or the fragments are not valid
     */
    public static Span ofFragments(List<Span> fragments) {
        String problem = fragments.size() > 1 ? Fragments.problemsOf(fragments) : null;
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return ofFragmentsAsRead(fragments);
    }

    /**
     * Like {@link #ofFragments} but accepting fragments out of order or overlapping, as a file or
     * an orphaned fragment can leave them; {@code Validator} reports such spans. Still needs one-piece
     * fragments and at least one.
     */
    public static Span ofFragmentsAsRead(List<Span> fragments) {
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("a span needs at least one fragment");
        }
        if (fragments.size() == 1) {
            return fragments.get(0);
        }
        for (Span f : fragments) {
            if (f.pieces != null) {
                throw new IllegalArgumentException("a fragment cannot itself have fragments");
            }
        }
        return unchecked(fragments, Map.of());
    }

    private static Span unchecked(List<Span> fragments, Map<String, Object> attributes) {
        Span[] ps = new Span[fragments.size()];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < ps.length; i++) {
            Span f = fragments.get(i);
            ps[i] = f.attributes.isEmpty() ? f : f.withAttributes(Map.of());
            lo = Math.min(lo, f.start);
            hi = Math.max(hi, f.end);
        }
        return new Span(null, null, null, lo, hi, null, null, ps, attributes);
    }

    /** Builds a span over the given code-point range of the text, taking quote and context from it. */
    public static Span of(ArticleText text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("span " + start + ".." + end + " outside text of length " + text.length());
        }
        return new Span(start, end, text, Anchor.OK, Map.of());
    }

    /**
     * The same span, taking its quote and context from {@code text} when they are exactly what
     * {@link #of} would cut from it there; otherwise (text changed, shorter context written by
     * another tool, offsets outside the text) this span itself. Used after loading, to drop the
     * copies of the text that the file carried.
     */
    public Span backedBy(ArticleText text) {
        if (pieces != null) {
            List<Span> backed = new ArrayList<>(pieces.length);
            boolean changed = false;
            for (Span p : pieces) {
                Span b = p.backedBy(text);
                changed |= b != p;
                backed.add(b);
            }
            return changed ? unchecked(backed, attributes) : this;
        }
        if (this.text == text || this.text != null || start < 0 || start > end || end > text.length()) {
            return this;
        }
        if (text.matches(start, end, exact)
                && text.matches(Math.max(0, start - CONTEXT), start, prefix)
                && text.matches(end, Math.min(text.length(), end + CONTEXT), suffix)) {
            return new Span(start, end, text, anchor, attributes);
        }
        return this;
    }

    /** True when the span is in two or more pieces. */
    public boolean isMultiFragment() {
        return pieces != null;
    }

    /** The fragments in order: this span itself when it is in one piece. */
    public List<Span> fragments() {
        return pieces == null ? List.of(this) : List.of(pieces);
    }

    /** How many pieces the span has (1 for a usual span). */
    public int fragmentCount() {
        return pieces == null ? 1 : pieces.length;
    }

    /**
     * The same span with fragment {@code index} replaced (a one-piece span); used by re-anchoring
     * and by the window. The attributes are kept.
     */
    public Span withFragment(int index, Span fragment) {
        if (pieces == null) {
            if (index != 0) {
                throw new IndexOutOfBoundsException(index);
            }
            return fragment.withAttributes(attributes);
        }
        List<Span> ps = new ArrayList<>(List.of(pieces));
        ps.set(index, fragment);
        return unchecked(ps, attributes);
    }

    /** This span with one more fragment, put in text order; null when it would overlap one of them. */
    public Span plusFragment(Span fragment) {
        List<Span> ps = new ArrayList<>(fragments().size() + 1);
        for (Span f : fragments()) {
            ps.add(f.pieces == null && !f.attributes.isEmpty() ? f.withAttributes(Map.of()) : f);
        }
        ps.add(fragment.withAttributes(Map.of()));
        ps.sort(Span::compare);
        if (Fragments.problemsOf(ps) != null) {
            return null;
        }
        return unchecked(ps, attributes);
    }

    /** This span without fragment {@code index}; null when it has only one. Attributes are kept. */
    public Span minusFragment(int index) {
        if (pieces == null) {
            return null;
        }
        List<Span> ps = new ArrayList<>(List.of(pieces));
        ps.remove(index);
        return ps.size() == 1 ? ps.get(0).withAttributes(attributes) : unchecked(ps, attributes);
    }

    /** Attribute values of the span itself, by attribute name (Boolean or String). Immutable. */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /** The same span with these attribute values (copied; null or empty for none). */
    public Span withAttributes(Map<String, Object> values) {
        Map<String, Object> a = values == null || values.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (a.equals(attributes)) {
            return this;
        }
        return new Span(exact, prefix, suffix, start, end, text, anchor, pieces, a);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /**
     * The quoted text. For a span in several pieces, the pieces' quotes joined by
     * {@value #GAP}: a text for people, not a slice of the article (walk {@link #fragments()}).
     */
    public String exact() {
        if (pieces != null) {
            StringBuilder b = new StringBuilder();
            for (Span p : pieces) {
                if (b.length() > 0) {
                    b.append(GAP);
                }
                b.append(p.exact());
            }
            return b.toString();
        }
        return text == null ? exact : text.slice(start, end);
    }

    /** What {@link #exact()} puts between the pieces of a span in several pieces. */
    public static final String GAP = " … ";

    /** Up to {@value #CONTEXT} code points before the quote (of the first fragment). */
    public String prefix() {
        if (pieces != null) {
            return pieces[0].prefix();
        }
        return text == null ? prefix : text.slice(Math.max(0, start - CONTEXT), start);
    }

    /** Up to {@value #CONTEXT} code points after the quote (of the last fragment). */
    public String suffix() {
        if (pieces != null) {
            return pieces[pieces.length - 1].suffix();
        }
        return text == null ? suffix : text.slice(end, Math.min(text.length(), end + CONTEXT));
    }

    /**
     * How well the span is anchored. For a span in pieces: {@code ORPHANED} when no fragment could
     * be placed, {@code REVIEW} when some fragment is not {@code OK}, else {@code OK}.
     */
    public Anchor anchor() {
        if (pieces != null) {
            int orphaned = 0;
            boolean review = false;
            for (Span p : pieces) {
                orphaned += p.anchor == Anchor.ORPHANED ? 1 : 0;
                review |= p.anchor != Anchor.OK;
            }
            return orphaned == pieces.length ? Anchor.ORPHANED : review ? Anchor.REVIEW : Anchor.OK;
        }
        return anchor;
    }

    /** Code points covered: the sum of the fragments' lengths. */
    public int length() {
        if (pieces != null) {
            int n = 0;
            for (Span p : pieces) {
                n += p.end - p.start;
            }
            return n;
        }
        return end - start;
    }

    /** True when some fragment of this span overlaps some fragment of the other. */
    public boolean overlaps(Span other) {
        if (!(start < other.end && other.start < end)) {
            return false;
        }
        if (pieces == null && other.pieces == null) {
            return true;
        }
        for (Span a : fragments()) {
            for (Span b : other.fragments()) {
                if (a.start < b.end && b.start < a.end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some fragment covers the code point (a gap between fragments does not). */
    public boolean contains(int codePoint) {
        if (pieces != null) {
            for (Span p : pieces) {
                if (p.contains(codePoint)) {
                    return true;
                }
            }
            return false;
        }
        return codePoint >= start && codePoint < end;
    }

    /** The same span with this anchor; for a span in pieces, every fragment gets it. */
    public Span withAnchor(Anchor a) {
        Anchor next = a == null ? Anchor.OK : a;
        if (pieces != null) {
            Span[] ps = new Span[pieces.length];
            for (int i = 0; i < ps.length; i++) {
                ps[i] = pieces[i].withAnchor(next);
            }
            return new Span(null, null, null, start, end, null, null, ps, attributes);
        }
        return new Span(exact, prefix, suffix, start, end, text, next, null, attributes);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Span s) || start != s.start || end != s.end || anchor != s.anchor
                || (pieces == null) != (s.pieces == null) || !attributes.equals(s.attributes)) {
            return false;
        }
        if (pieces != null) {
            return Arrays.equals(pieces, s.pieces);
        }
        if (text != null && text == s.text) {
            return true;
        }
        return exact().equals(s.exact()) && prefix().equals(s.prefix()) && suffix().equals(s.suffix());
    }

    /** From the offsets and anchor only, so that it costs nothing for text-backed spans. */
    @Override
    public int hashCode() {
        return (31 * start + end) * 31 + (pieces == null ? anchor.ordinal() : 7 * pieces.length);
    }

    @Override
    public String toString() {
        if (pieces != null) {
            return "Span" + Arrays.toString(pieces) + (attributes.isEmpty() ? "" : attributes);
        }
        return "Span[start=" + start + ", end=" + end + ", exact=" + exact() + ", prefix=" + prefix()
                + ", suffix=" + suffix() + ", anchor=" + anchor + (attributes.isEmpty() ? "" : ", attributes=" + attributes) + "]";
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
