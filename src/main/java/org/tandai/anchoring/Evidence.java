package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;

/**
 * How much of a span's old context still surrounds a place in the new text, and the choice among
 * the exact occurrences of its quote made from that (docs/decisions/0710).
 *
 * <p>A side (prefix or suffix) <em>agrees</em> when at least {@link #AGREE} characters of it, or
 * all of a shorter one, still sit next to the place. A quote alone proves nothing: a short name
 * like "Kim" occurs all over an article, and when its paragraph is deleted every other "Kim" is
 * an exact match. So an occurrence is taken confidently only when its context singles it out
 * (both sides agree and no other occurrence does as well, or it is the only one with an agreeing
 * side), or when, lying between the confidently placed neighbours of the span, it is the only one
 * there with an agreeing side. Weaker evidence places the span for review or leaves it orphaned.
 */
final class Evidence {
    /** Characters of old context next to a place that make that side agree. */
    static final int AGREE = 8;
    /** A shorter old context (cut by the start or end of the text) agrees when all of it matches, if at least this long. */
    static final int SHORT_CONTEXT = 4;
    /** Quotes at least this long (code points) found exactly once are their own evidence. */
    static final int LONG_QUOTE = 16;

    /**
     * An exact occurrence of the quote: code-point start, agreeing sides (0..2), sides whose whole
     * old context is still there ({@code full}), and matching context characters.
     */
    record Candidate(int start, int sides, int full, int context) {
        boolean beats(Candidate o) {
            return sides != o.sides ? sides > o.sides : context > o.context;
        }
    }

    /** A chosen occurrence: {@code sure} when the context singles it out, otherwise it is placed for review. */
    record Choice(Candidate candidate, boolean sure) {
    }

    private final ArticleText text;
    private final String s;

    Evidence(ArticleText text) {
        this.text = text;
        this.s = text.text();
    }

    /** Sides of the span's old context that agree with the text around UTF-16 range [from, to). */
    int sides(Span span, int from, int to) {
        return (prefixAgrees(span.prefix(), from) ? 1 : 0) + (suffixAgrees(span.suffix(), to) ? 1 : 0);
    }

    /** Sides whose whole old context (at least {@link #AGREE} characters) still surrounds UTF-16 range [from, to). */
    int full(Span span, int from, int to) {
        String pre = span.prefix();
        String suf = span.suffix();
        return (pre.length() >= AGREE && commonSuffix(pre, from) == pre.length() ? 1 : 0)
                + (suf.length() >= AGREE && commonPrefix(suf, to) == suf.length() ? 1 : 0);
    }

    /** Matching context characters around UTF-16 range [from, to). */
    int context(Span span, int from, int to) {
        return commonSuffix(span.prefix(), from) + commonPrefix(span.suffix(), to);
    }

    boolean prefixAgrees(String prefix, int from) {
        int n = commonSuffix(prefix, from);
        if (prefix.isEmpty()) {
            return from == 0;
        }
        return n >= AGREE || n == prefix.length() && (n >= SHORT_CONTEXT || from == n);
    }

    boolean suffixAgrees(String suffix, int to) {
        int n = commonPrefix(suffix, to);
        if (suffix.isEmpty()) {
            return to == s.length();
        }
        return n >= AGREE || n == suffix.length() && (n >= SHORT_CONTEXT || to + n == s.length());
    }

    /**
     * The exact occurrences (UTF-16 starts) of the span's quote that do not split a character or
     * a word the quote did not split, leaving out those whose code-point start is in {@code taken}
     * (held by another mention of the same entity).
     */
    List<Candidate> candidates(Span span, int[] occurrencesUtf16, Set<Integer> taken) {
        List<Candidate> out = new ArrayList<>(occurrencesUtf16.length);
        int len = span.exact().length();
        for (int u : occurrencesUtf16) {
            if (text.splitsSurrogatePair(u) || text.splitsSurrogatePair(u + len)) {
                continue;
            }
            int cp = text.toCodePoint(u);
            if (!taken.contains(cp) && !splitsWord(span, u, u + len)) {
                out.add(new Candidate(cp, sides(span, u, u + len), full(span, u, u + len), context(span, u, u + len)));
            }
        }
        return out;
    }

    /**
     * True when the old quote began (or ended) at a word boundary but this occurrence does not:
     * "Putin" inside "Putinx" is not the name, whatever the context says.
     */
    boolean splitsWord(Span span, int from, int to) {
        String q = span.exact();
        boolean startsWord = Character.isLetterOrDigit(q.codePointAt(0));
        boolean endsWord = Character.isLetterOrDigit(q.codePointBefore(q.length()));
        String pre = span.prefix();
        String suf = span.suffix();
        boolean wasBoundaryBefore = pre.isEmpty() || !Character.isLetterOrDigit(pre.codePointBefore(pre.length()));
        boolean wasBoundaryAfter = suf.isEmpty() || !Character.isLetterOrDigit(suf.codePointAt(0));
        boolean letterBefore = from > 0 && Character.isLetterOrDigit(s.codePointBefore(from));
        boolean letterAfter = to < s.length() && Character.isLetterOrDigit(s.codePointAt(to));
        return startsWord && wasBoundaryBefore && letterBefore || endsWord && wasBoundaryAfter && letterAfter;
    }

    /**
     * The occurrence the context alone singles out, or null: both sides agree and every other
     * occurrence with an agreeing side keeps at least {@link #AGREE} fewer characters of context
     * (a near-copy of a paragraph is not told apart by a few characters); or one side agrees
     * in full (a paragraph moved: the other side is now another paragraph) and no other occurrence
     * has an agreeing side at all. A partly agreeing single side is not enough: articles repeat
     * phrases ("secara terpisah pada hari Selasa"), so it counts only between the neighbours.
     * A long quote ({@link #LONG_QUOTE} code points or more, a whole paragraph whose neighbours
     * both changed) found exactly once needs no context.
     */
    static Candidate singledOut(List<Candidate> cs, int quoteLength) {
        Candidate best = null;
        for (Candidate c : cs) {
            if (best == null || c.beats(best)) {
                best = c;
            }
        }
        if (best != null && cs.size() == 1 && quoteLength >= LONG_QUOTE) {
            return best;
        }
        if (best == null || best.sides == 0 || best.sides == 1 && best.full == 0) {
            return null;
        }
        return best.sides == 2 ? rivalled(best, cs) ? null : best : onlyOneWithASide(best, cs) ? best : null;
    }

    /** True when another occurrence with an agreeing side keeps nearly as much context as {@code best} (within {@link #AGREE}). */
    static boolean rivalled(Candidate best, List<Candidate> cs) {
        for (Candidate c : cs) {
            if (c != best && c.sides >= 1 && c.context + AGREE > best.context) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyOneWithASide(Candidate best, List<Candidate> cs) {
        for (Candidate c : cs) {
            if (c != best && c.sides >= 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a span may be, judged from its confidently placed neighbours in old order: between
     * their new starts ([{@code lo}, {@code hi}]), or at the same shift as one of them (a
     * paragraph moved as a whole keeps its spans' distances even when its neighbours went elsewhere).
     */
    record Neighbours(int lo, int hi, int oldStart, int shiftBefore, int shiftAfter) {
        boolean admit(Candidate c) {
            return c.start >= lo && c.start <= hi || atShift(c);
        }

        boolean atShift(Candidate c) {
            int shift = c.start - oldStart;
            return shift == shiftBefore || shift == shiftAfter;
        }
    }

    /**
     * The choice among the occurrences its neighbours admit, or null. Sure when it is the only
     * one there with the most agreeing sides (both, or one in full or at a neighbour's shift) and no other occurrence (there or
     * elsewhere) has an agreeing side and half its context; for review when it is the only one there at all.
     */
    static Choice between(List<Candidate> cs, Neighbours n) {
        Candidate best = null;
        int inside = 0;
        for (Candidate c : cs) {
            if (n.admit(c)) {
                inside++;
                if (best == null || c.sides > best.sides) {
                    best = c;
                }
            }
        }
        if (best == null) {
            return null;
        }
        // One side agreeing in part is too little merely between the neighbours (a sentence
        // inserted there can repeat "Kim bertemu Putin" by chance), not at a neighbour's shift.
        if (best.sides == 2 || best.sides == 1 && (best.full >= 1 || n.atShift(best))) {
            boolean alone = true;
            for (Candidate c : cs) {
                // Any occurrence with an agreeing side and half the context is as likely, inside or
                // not: the span's paragraph may have moved away while a look-alike stayed.
                boolean rivalInside = n.admit(c) && c.sides >= best.sides;
                boolean asLikely = c.sides >= 1 && c.context * 2 >= best.context;
                if (c != best && (rivalInside || asLikely)) {
                    alone = false;
                }
            }
            if (alone) {
                return new Choice(best, true);
            }
        }
        return inside == 1 ? new Choice(best, false) : null;
    }

    int commonSuffix(String prefix, int endUtf16) {
        int n = 0;
        while (n < prefix.length() && endUtf16 - n - 1 >= 0
                && prefix.charAt(prefix.length() - 1 - n) == s.charAt(endUtf16 - n - 1)) {
            n++;
        }
        return n;
    }

    int commonPrefix(String suffix, int startUtf16) {
        int n = 0;
        while (n < suffix.length() && startUtf16 + n < s.length() && suffix.charAt(n) == s.charAt(startUtf16 + n)) {
            n++;
        }
        return n;
    }
}
