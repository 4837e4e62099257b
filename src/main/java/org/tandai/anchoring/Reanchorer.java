package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;

/**
 * Moves every span of a document onto a changed article text, trying in order: the same position
 * if the quote still matches there; the exact quote (ranked by context, then by closeness to where
 * the span is expected); the stretch between its old prefix and suffix context; a bounded fuzzy
 * match ranked like Hypothesis. A span that cannot be placed is marked {@link Anchor#ORPHANED}
 * and kept with its old quote; nothing is ever dropped.
 *
 * <p>Spans are visited in order of their old start, and the shift of the last placed span predicts
 * where the next one is expected (the position used to break ties and centre the fuzzy window).
 * Exact searches share one {@link ExactIndex}, one pass over the text for all quotes, so an
 * inserted paragraph costs one pass plus a lookup per span; fuzzy search runs only for what is left.
 * Plain Java, no JavaFX: the window and the CLI both call it. See docs/decisions/0301.
 */
public final class Reanchorer {
    /** Code points around the expected position searched fuzzily before the whole text is tried. */
    static final int FUZZY_RADIUS = 2048;
    /** Shortest context (UTF-16 units) trusted to locate a span on its own. */
    static final int MIN_CONTEXT = 8;
    /** Exact hits of each quote piece examined by the fuzzy search, nearest first. */
    static final int HITS_PER_PIECE = 16;
    static final int PIECES = 8;
    /**
     * Quotes longer than this (code points) are matched from exact hits of their head and tail
     * with a banded distance, so a long content span costs O(length x errors), not O(length x window).
     */
    static final int LONG_QUOTE = 512;
    /** Head and tail length (code points) used to place a long quote. */
    static final int ENDS = 32;
    /** Fuzzy candidates scored per span (the ones with the fewest edits). */
    static final int SCORED_CANDIDATES = 12;
    /**
     * Lowest fuzzy score accepted. Hypothesis takes the best candidate whatever its score; with
     * half the quote allowed to differ, a short quote then lands on any look-alike word, so a
     * candidate must also agree with its context (our choice, docs/decisions/0301).
     */
    static final double MIN_FUZZY_SCORE = 0.6;

    /** Re-anchors in place, sets the document's text hash to the new text's and reports every span. */
    public ReanchorReport reanchor(AnnotatedDocument doc, ArticleText text) {
        String oldSha = doc.info().sha256();
        List<SpanSlot> found = SpanSlot.of(doc);
        // Text-backed spans slice their quote and context on every call; the search asks for them
        // many times per span, so take each span's strings once.
        List<SpanSlot> slots = new ArrayList<>(found.size());
        for (SpanSlot slot : found) {
            Span sp = slot.span();
            slots.add(new SpanSlot(slot.location(), new Span(sp.start(), sp.end(), sp.exact(), sp.prefix(), sp.suffix(),
                    sp.anchor()), slot.setter()));
        }
        Integer[] order = new Integer[slots.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> slots.get(i).span().start()));
        Placement[] placed = new Placement[slots.size()];
        Run run = new Run(text);

        // Pass 1: the quote still sits at its old offsets.
        for (int i : order) {
            Span s = slots.get(i).span();
            placed[i] = run.atPosition(s, s.start(), "position");
        }
        // Pass 2: exact quote anywhere, via one shared index.
        Set<String> pending = new HashSet<>();
        for (int i = 0; i < placed.length; i++) {
            if (placed[i] == null && !slots.get(i).span().exact().isEmpty()) {
                pending.add(slots.get(i).span().exact());
            }
        }
        if (!pending.isEmpty()) {
            ExactIndex index = new ExactIndex(text.text(), pending);
            int delta = 0;
            for (int i : order) {
                Span s = slots.get(i).span();
                if (placed[i] == null) {
                    placed[i] = run.exact(s, index.occurrences(s.exact()), s.start() + delta);
                }
                if (placed[i] != null) {
                    delta = placed[i].start - s.start();
                }
            }
        }
        // Pass 3: context, then fuzzy, for what is left.
        List<Integer> rest = new ArrayList<>();
        for (int i : order) {
            if (placed[i] == null) {
                rest.add(i);
            }
        }
        if (!rest.isEmpty()) {
            Set<String> needles = new HashSet<>();
            for (int i : rest) {
                Span s = slots.get(i).span();
                needles.add(s.prefix());
                needles.add(s.suffix());
                needles.addAll(Pieces.of(s.exact(), PIECES));
                needles.addAll(Pieces.ends(s.exact(), ENDS));
            }
            needles.remove("");
            ExactIndex index = new ExactIndex(text.text(), needles);
            int delta = 0;
            for (int i : order) {
                Span s = slots.get(i).span();
                if (placed[i] == null) {
                    int expected = s.start() + delta;
                    placed[i] = run.context(s, index, expected);
                    if (placed[i] == null) {
                        placed[i] = run.fuzzy(s, index, expected);
                    }
                }
                if (placed[i] != null) {
                    delta = placed[i].start - s.start();
                }
            }
        }
        List<ReanchorReport.Outcome> outcomes = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            outcomes.add(apply(slots.get(i), placed[i], text));
        }
        doc.info().setSha256(text.sha256());
        return new ReanchorReport(oldSha, text.sha256(), outcomes);
    }

    private static ReanchorReport.Outcome apply(SpanSlot slot, Placement p, ArticleText text) {
        Span before = slot.span();
        if (p == null) {
            Span after = before.withAnchor(Anchor.ORPHANED);
            slot.setter().accept(after);
            return new ReanchorReport.Outcome(slot.location(), before, after, ReanchorReport.Result.ORPHANED, "none", 0);
        }
        Span fresh = Span.of(text, p.start, p.end);
        boolean quoteChanged = !fresh.exact().equals(before.exact());
        Anchor anchor = quoteChanged ? Anchor.REVIEW
                : before.anchor() == Anchor.REVIEW ? Anchor.REVIEW : Anchor.OK;
        Span after = fresh.withAnchor(anchor);
        slot.setter().accept(after);
        ReanchorReport.Result r = quoteChanged ? ReanchorReport.Result.CHANGED
                : p.start != before.start() || p.end != before.end() ? ReanchorReport.Result.MOVED
                : ReanchorReport.Result.UNCHANGED;
        return new ReanchorReport.Outcome(slot.location(), before, after, r, p.method, p.score);
    }

    /** Where a span goes: code-point range, how it was found and (for fuzzy) its score. */
    record Placement(int start, int end, String method, double score) {
    }

    /** The per-call state: the text as a string and, lazily, as code points. */
    private static final class Run {
        private final ArticleText text;
        private final String s;
        private FuzzyMatcher fuzzy;
        private int[] codePoints;

        Run(ArticleText text) {
            this.text = text;
            this.s = text.text();
        }

        Placement atPosition(Span span, int start, String method) {
            if (start < 0 || start > text.length() || span.exact().isEmpty()) {
                return null;
            }
            int u = text.toUtf16(start);
            if (!s.startsWith(span.exact(), u) || text.splitsSurrogatePair(u + span.exact().length())) {
                return null;
            }
            return new Placement(start, start + span.exact().codePointCount(0, span.exact().length()), method, 1);
        }

        /** The occurrence whose context agrees best; ties go to the one nearest the expected start. */
        Placement exact(Span span, int[] occurrencesUtf16, int expected) {
            int best = -1;
            long bestKey = Long.MIN_VALUE;
            for (int u : occurrencesUtf16) {
                if (text.splitsSurrogatePair(u) || text.splitsSurrogatePair(u + span.exact().length())) {
                    continue;
                }
                int cp = text.toCodePoint(u);
                int ctx = commonSuffix(span.prefix(), u) + commonPrefix(span.suffix(), u + span.exact().length());
                long key = ((long) ctx << 32) - Math.abs((long) cp - expected);
                if (key > bestKey) {
                    bestKey = key;
                    best = cp;
                }
            }
            if (best < 0) {
                return null;
            }
            return new Placement(best, best + span.exact().codePointCount(0, span.exact().length()), "exact", 1);
        }

        /** Old prefix and suffix both found, close together: the quote is what lies between them. */
        Placement context(Span span, ExactIndex index, int expected) {
            String pre = span.prefix();
            String suf = span.suffix();
            if (pre.length() < MIN_CONTEXT || suf.length() < MIN_CONTEXT) {
                return null;
            }
            int quoteLen = span.exact().length();
            int maxLen = 2 * quoteLen + 16;
            int best = -1;
            int bestEnd = -1;
            long bestDistance = Long.MAX_VALUE;
            int[] suffixes = index.occurrences(suf);
            for (int p : index.occurrences(pre)) {
                int from = p + pre.length();
                int k = Arrays.binarySearch(suffixes, from + 1);
                int q = k >= 0 ? suffixes[k] : -k - 1 < suffixes.length ? suffixes[-k - 1] : -1;
                if (q <= from || q - from > maxLen) {
                    continue;
                }
                int cp = text.toCodePoint(from);
                long dist = Math.abs((long) cp - expected);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = cp;
                    bestEnd = text.toCodePoint(q);
                }
            }
            return best < 0 ? null : new Placement(best, bestEnd, "context", 1);
        }

        Placement fuzzy(Span span, ExactIndex index, int expected) {
            int[] quote = span.exact().codePoints().toArray();
            int k = FuzzyMatcher.maxErrors(quote.length);
            if (quote.length < 2 || k == 0) {
                return null;
            }
            if (fuzzy == null) {
                codePoints = s.codePoints().toArray();
                fuzzy = new FuzzyMatcher(codePoints);
            }
            List<FuzzyMatcher.Match> candidates = quote.length > LONG_QUOTE
                    ? longCandidates(span, quote, index, expected, k)
                    : new ArrayList<>(fuzzy.search(quote, expected - FUZZY_RADIUS, expected + FUZZY_RADIUS, k));
            if (candidates.isEmpty() && quote.length <= LONG_QUOTE) {
                // Far away: look only around exact hits of the quote's pieces (nearest first).
                for (Pieces.Piece piece : Pieces.located(span.exact(), PIECES)) {
                    int[] hits = index.occurrences(piece.text());
                    for (int u : nearest(hits, text.toUtf16(expected), HITS_PER_PIECE)) {
                        int startGuess = text.toCodePoint(u) - piece.offsetCp();
                        candidates.addAll(fuzzy.search(quote, startGuess - k - 1, startGuess + k + 2, k));
                    }
                }
            }
            // Scoring diffs the context of each candidate; in repetitive text a window holds hundreds
            // of look-alikes, so only the closest few in edits (then distance) are scored.
            candidates.sort(Comparator.comparingInt(FuzzyMatcher.Match::errors)
                    .thenComparingInt(c -> Math.abs(c.start() - expected)));
            if (candidates.size() > SCORED_CANDIDATES) {
                candidates = candidates.subList(0, SCORED_CANDIDATES);
            }
            int[] pre = span.prefix().codePoints().toArray();
            int[] suf = span.suffix().codePoints().toArray();
            FuzzyMatcher.Match best = null;
            for (FuzzyMatcher.Match c : candidates) {
                FuzzyMatcher.Match scored = fuzzy.score(c, quote.length, pre, suf, expected);
                if (best == null || scored.score() > best.score()) {
                    best = scored;
                }
            }
            return best == null || best.score() < MIN_FUZZY_SCORE ? null : new Placement(best.start(), best.end(), "fuzzy", best.score());
        }

        /** Ranges that start at an exact hit of the quote's head or end at one of its tail. */
        private List<FuzzyMatcher.Match> longCandidates(Span span, int[] quote, ExactIndex index, int expected, int k) {
            List<String> ends = Pieces.ends(span.exact(), ENDS);
            List<int[]> ranges = new ArrayList<>();
            int[] heads = nearest(index.occurrences(ends.get(0)), text.toUtf16(expected), HITS_PER_PIECE);
            int[] tails = nearest(index.occurrences(ends.get(1)), text.toUtf16(expected + quote.length), HITS_PER_PIECE);
            for (int h : heads) {
                int start = text.toCodePoint(h);
                ranges.add(new int[] {start, start + quote.length});
                for (int t : tails) {
                    int end = text.toCodePoint(t) + ENDS;
                    ranges.add(new int[] {start, end});
                }
            }
            for (int t : tails) {
                int end = text.toCodePoint(t) + ENDS;
                ranges.add(new int[] {end - quote.length, end});
            }
            List<FuzzyMatcher.Match> out = new ArrayList<>();
            for (int[] r : ranges) {
                int errors = fuzzy.bandedDistance(quote, r[0], Math.min(r[1], codePoints.length), k);
                if (errors <= k && r[0] < r[1]) {
                    out.add(new FuzzyMatcher.Match(r[0], Math.min(r[1], codePoints.length), errors, 0));
                }
            }
            return out;
        }

        private int commonSuffix(String prefix, int endUtf16) {
            int n = 0;
            while (n < prefix.length() && endUtf16 - n - 1 >= 0
                    && prefix.charAt(prefix.length() - 1 - n) == s.charAt(endUtf16 - n - 1)) {
                n++;
            }
            return n;
        }

        private int commonPrefix(String suffix, int startUtf16) {
            int n = 0;
            while (n < suffix.length() && startUtf16 + n < s.length() && suffix.charAt(n) == s.charAt(startUtf16 + n)) {
                n++;
            }
            return n;
        }
    }

    /** Up to {@code limit} values of the sorted array, those nearest {@code target} first. */
    static int[] nearest(int[] sorted, int target, int limit) {
        int hi = Arrays.binarySearch(sorted, target);
        if (hi < 0) {
            hi = -hi - 1;
        }
        int lo = hi - 1;
        int[] out = new int[Math.min(limit, sorted.length)];
        int n = 0;
        while (n < out.length) {
            if (lo >= 0 && (hi >= sorted.length || target - sorted[lo] <= sorted[hi] - target)) {
                out[n++] = sorted[lo--];
            } else {
                out[n++] = sorted[hi++];
            }
        }
        return out;
    }
}
