package org.tandai.anchoring;

import static org.tandai.anchoring.Reanchorer.ENDS;
import static org.tandai.anchoring.Reanchorer.FUZZY_RADIUS;
import static org.tandai.anchoring.Reanchorer.HITS_PER_PIECE;
import static org.tandai.anchoring.Reanchorer.LONG_QUOTE;
import static org.tandai.anchoring.Reanchorer.MIN_CONTEXT;
import static org.tandai.anchoring.Reanchorer.MIN_FUZZY_SCORE;
import static org.tandai.anchoring.Reanchorer.PIECES;
import static org.tandai.anchoring.Reanchorer.SCORED_CANDIDATES;
import static org.tandai.anchoring.Reanchorer.nearest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tandai.anchoring.Reanchorer.Placement;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;

/**
 * One re-anchoring's searches over the new text: at the old position, an exact occurrence chosen
 * by {@link Evidence} (singled out by its context, or between its neighbours), between old prefix
 * and suffix, fuzzy. Remembers where each entity's mentions were placed confidently, so a second
 * mention of the same entity is never sent to a place the first already holds.
 */
final class SpanSearch {
    /**
     * Two mentions of one entity proposing the same place: the one with the most matching context
     * takes it only with at least this many times the other's context (a near-copy of a paragraph
     * or a sentence deleted between two look-alikes leaves both with much of theirs).
     */
    static final double CLEAR_LEAD = 2;

    private final ArticleText text;
    private final String s;
    private final List<SpanSlot> slots;
    private final Evidence evidence;
    /** Per entity id, the code-point starts of its mentions placed confidently so far. */
    private final Map<String, Set<Integer>> taken = new HashMap<>();
    /** Per slot, every exact occurrence of its quote with its evidence (the text does not change during a run). */
    private final Map<Integer, List<Evidence.Candidate>> occurrences = new HashMap<>();
    private FuzzyMatcher fuzzy;
    private int[] codePoints;

    SpanSearch(ArticleText text, List<SpanSlot> slots) {
        this.text = text;
        this.s = text.text();
        this.slots = slots;
        this.evidence = new Evidence(text);
    }

    /** Records a confident placement of slot {@code i}, so other mentions of its entity keep off it. */
    void take(int i, Placement p) {
        String e = Conflicts.entityOf(slots.get(i));
        if (p != null && p.sure() && e != null) {
            taken.computeIfAbsent(e, k -> new HashSet<>()).add(p.start());
        }
    }

    private Set<Integer> takenFor(int i) {
        String e = Conflicts.entityOf(slots.get(i));
        return e == null ? Set.of() : taken.getOrDefault(e, Set.of());
    }

    /**
     * Places spans whose quote is still at its old offsets, with both sides of its old context
     * agreeing and no other occurrence nearly as well surrounded. One side is not enough: a
     * look-alike paragraph moved to the old offsets keeps the side before it.
     */
    void atPosition(Integer[] order, Placement[] placed, ExactIndex index) {
        assign(order, placed, index, () -> (i, k, cs) -> {
            Span span = slots.get(i).span();
            for (Evidence.Candidate c : cs) {
                if (c.start() == span.start() && c.sides() == 2 && !Evidence.rivalled(c, cs)) {
                    return new Placement(c.start(), c.start() + span.exact().codePointCount(0, span.exact().length()),
                            "position", 1, true, c.context());
                }
            }
            return null;
        });
    }

    /**
     * Places every unplaced span on the exact occurrence its context singles out (see {@link
     * Evidence#singledOut}).
     */
    void singledOut(Integer[] order, Placement[] placed, ExactIndex index) {
        assign(order, placed, index, () -> (i, k, cs) -> {
            Span span = slots.get(i).span();
            Evidence.Candidate c = Evidence.singledOut(cs, span.exact().codePointCount(0, span.exact().length()));
            return c == null ? null : placement(span, c, true, "exact");
        });
    }

    /**
     * Places unplaced spans on an exact occurrence between the new starts of their nearest
     * confidently placed neighbours in old order (the text's ends when there are none), or at the
     * shift of one of them, as chosen by {@link Evidence#between}. A deleted paragraph leaves no
     * room between its neighbours, so its spans find nothing there; a span whose context was
     * rewritten but whose quote stayed between the same neighbours is placed for review.
     */
    void between(Integer[] order, Placement[] placed, ExactIndex index) {
        assign(order, placed, index, () -> {
            int[] prevSure = new int[order.length];
            int[] prevShift = new int[order.length];
            int prev = 0;
            int shift = Integer.MIN_VALUE;
            for (int k = 0; k < order.length; k++) {
                prevSure[k] = prev;
                prevShift[k] = shift;
                Placement p = placed[order[k]];
                if (p != null && p.sure()) {
                    prev = p.start();
                    shift = p.start() - slots.get(order[k]).span().start();
                }
            }
            int[] nextSure = new int[order.length];
            int[] nextShift = new int[order.length];
            int next = text.length();
            shift = Integer.MIN_VALUE;
            for (int k = order.length - 1; k >= 0; k--) {
                nextSure[k] = next;
                nextShift[k] = shift;
                Placement p = placed[order[k]];
                if (p != null && p.sure()) {
                    next = p.start();
                    shift = p.start() - slots.get(order[k]).span().start();
                }
            }
            return (i, k, cs) -> {
                Evidence.Choice c = Evidence.between(cs, new Evidence.Neighbours(Math.min(prevSure[k], nextSure[k]),
                        Math.max(prevSure[k], nextSure[k]), slots.get(i).span().start(), prevShift[k], nextShift[k]));
                return c == null ? null : placement(slots.get(i).span(), c.candidate(), c.sure(), "neighbours");
            };
        });
    }

    /** Proposes a placement for unplaced slot {@code i} (index {@code k} of the old order) among its occurrences. */
    private interface Proposer {
        Placement propose(int i, int k, List<Evidence.Candidate> candidates);
    }

    /**
     * Rounds of proposals until none is accepted. A mention's proposal is accepted only when no
     * other unplaced mention of its entity has nearly as good a claim to the same place: at least
     * {@link #CLEAR_LEAD} times the matching context of any rival with an agreeing side there. A
     * sentence deleted between two look-alike names leaves both with much of their context, and
     * then neither is placed confidently; the order of the spans decides nothing.
     */
    private void assign(Integer[] order, Placement[] placed, ExactIndex index, Supplier<Proposer> round) {
        boolean progress = true;
        while (progress) {
            progress = false;
            Proposer proposer = round.get();
            List<List<Evidence.Candidate>> candidates = new ArrayList<>(Collections.nCopies(placed.length, null));
            // Per entity and place, the two largest contexts of unplaced mentions agreeing there, with the owner of the first.
            Map<String, int[]> rivals = new HashMap<>();
            for (int i : order) {
                Span span = slots.get(i).span();
                if (placed[i] != null || span.exact().isEmpty()) {
                    continue;
                }
                List<Evidence.Candidate> cs = candidates(i, index);
                candidates.set(i, cs);
                String e = Conflicts.entityOf(slots.get(i));
                for (Evidence.Candidate c : e == null ? List.<Evidence.Candidate>of() : cs) {
                    if (c.sides() > 0) {
                        int[] r = rivals.computeIfAbsent(e + "@" + c.start(), x -> new int[] {-1, -1, -1});
                        if (c.context() > r[0]) {
                            r[1] = r[0];
                            r[0] = c.context();
                            r[2] = i;
                        } else {
                            r[1] = Math.max(r[1], c.context());
                        }
                    }
                }
            }
            Placement[] proposed = new Placement[placed.length];
            for (int k = 0; k < order.length; k++) {
                int i = order[k];
                if (candidates.get(i) != null) {
                    proposed[i] = proposer.propose(i, k, candidates.get(i));
                }
            }
            for (int i : order) {
                Placement p = proposed[i];
                String e = Conflicts.entityOf(slots.get(i));
                if (p != null && (e == null || clearLead(rivals.get(e + "@" + p.start()), i, p.evidence()))) {
                    placed[i] = p;
                    take(i, p);
                    progress = true;
                }
            }
        }
    }

    /** The exact occurrences of slot {@code i}'s quote, computed once per re-anchoring, minus the places its entity holds. */
    private List<Evidence.Candidate> candidates(int i, ExactIndex index) {
        List<Evidence.Candidate> all = occurrences.get(i);
        if (all == null) {
            Span span = slots.get(i).span();
            all = evidence.candidates(span, index.occurrences(span.exact()), Set.of());
            occurrences.put(i, all);
        }
        Set<Integer> held = takenFor(i);
        if (held.isEmpty()) {
            return all;
        }
        List<Evidence.Candidate> out = new ArrayList<>(all.size());
        for (Evidence.Candidate c : all) {
            if (!held.contains(c.start())) {
                out.add(c);
            }
        }
        return out;
    }

    /** True when slot {@code i}, with {@code context} at a place, has a clear lead over every other mention agreeing there. */
    private static boolean clearLead(int[] rival, int i, int context) {
        int other = rival == null ? -1 : rival[2] == i ? rival[1] : rival[0];
        return other < 0 || context > other && context >= CLEAR_LEAD * other;
    }

    private static Placement placement(Span span, Evidence.Candidate c, boolean sure, String method) {
        int end = c.start() + span.exact().codePointCount(0, span.exact().length());
        return new Placement(c.start(), end, method, 1, sure, c.context());
    }

    /**
     * A fuzzy candidate worth scoring: not the old quote itself (the exact passes already judged
     * every exact occurrence, and turned this one down), and for a short quote, which resembles
     * too many words, at least one side of the old context next to it.
     */
    private boolean acceptableFuzzy(Span span, int quoteLength, FuzzyMatcher.Match c) {
        String found = text.slice(c.start(), c.end());
        if (found.equals(span.exact())) {
            return false;
        }
        return quoteLength >= Evidence.LONG_QUOTE
                || evidence.sides(span, text.toUtf16(c.start()), text.toUtf16(c.end())) > 0;
    }

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
        if (best < 0) {
            return null;
        }
        // Same quote between the old context: an occurrence the exact passes found ambiguous.
        boolean same = text.slice(best, bestEnd).equals(span.exact());
        return new Placement(best, bestEnd, "context", 1, !same, pre.length() + suf.length());
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
            if (!acceptableFuzzy(span, quote.length, c)) {
                continue;
            }
            FuzzyMatcher.Match scored = fuzzy.score(c, quote.length, pre, suf, expected);
            if (best == null || scored.score() > best.score()) {
                best = scored;
            }
        }
        // Fuzzy placements change the quote and are marked for review; their evidence ranks lowest.
        return best == null || best.score() < MIN_FUZZY_SCORE ? null
                : new Placement(best.start(), best.end(), "fuzzy", best.score(), false, 0);
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
}
