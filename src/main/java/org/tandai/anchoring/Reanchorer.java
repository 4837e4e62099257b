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
 * if the quote and both sides of its context still match there; an exact occurrence its old
 * context singles out; an exact occurrence between (or at the shift of) its confidently placed
 * neighbours; the stretch between its old prefix and suffix context; a bounded fuzzy match ranked
 * like Hypothesis. A span that cannot be placed is marked {@link Anchor#ORPHANED} and kept with
 * its old quote; nothing is ever dropped.
 *
 * <p>A span in pieces is placed fragment by fragment, each with its own quote and context, as if
 * each were a span; its fragments must then stay in order and apart ({@link Conflicts}). A
 * fragment that cannot be placed is orphaned inside its span, which makes the span {@code REVIEW}
 * (or {@code ORPHANED} when no fragment is placed); decision 0820.
 *
 * <p>A quote found somewhere is not proof: when a paragraph is deleted, every other "Kim" is an
 * exact match for the mentions it held. A span keeps {@code OK} only when its context singles the
 * place out ({@link Evidence}); weaker evidence marks it {@code REVIEW} ({@link
 * ReanchorReport.Result#UNCERTAIN}) or leaves it orphaned. Two mentions of one entity never end on
 * one place, and a mention moved onto another mention is not left confident ({@link Conflicts}).
 *
 * <p>Exact searches share one {@link ExactIndex}, one pass over the text for all quotes; the shift
 * of the last confidently placed span centres the fuzzy window, which runs only for what is left.
 * Plain Java, no JavaFX: the window (on open, when the text drifted) and the CLI both call it.
 * See docs/decisions/0301 and 0710.
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
            slots.add(slot.holding(new Span(sp.start(), sp.end(), sp.exact(), sp.prefix(), sp.suffix(), sp.anchor())));
        }
        Integer[] order = new Integer[slots.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> slots.get(i).span().start()));
        Placement[] placed = new Placement[slots.size()];
        SpanSearch run = new SpanSearch(text, slots);

        // Passes 1-3 share one index of every quote. 1: the quote still at its old offsets with
        // both sides of its context; 2: an occurrence its context singles out; 3: an occurrence
        // between its confidently placed neighbours.
        Set<String> quotes = new HashSet<>();
        for (SpanSlot slot : slots) {
            if (!slot.span().exact().isEmpty()) {
                quotes.add(slot.span().exact());
            }
        }
        if (!quotes.isEmpty()) {
            ExactIndex index = new ExactIndex(text.text(), quotes);
            run.atPosition(order, placed, index);
            run.singledOut(order, placed, index);
            run.between(order, placed, index);
        }
        // Pass 4: context, then fuzzy, for what is left.
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
                if (placed[i] != null && placed[i].sure) {
                    delta = placed[i].start - s.start();
                }
            }
        }
        String[] withdrawn = Conflicts.resolve(slots, placed);
        List<ReanchorReport.Outcome> outcomes = new ArrayList<>(slots.size());
        List<Span> after = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            ReanchorReport.Outcome o = outcome(found.get(i), placed[i], withdrawn[i], text);
            outcomes.add(o);
            after.add(o.after());
        }
        store(found, after);
        doc.info().setSha256(text.sha256());
        return new ReanchorReport(oldSha, text.sha256(), outcomes);
    }

    /** What becomes of one slot's piece; {@code slot} is the original (text-backed) one, for the report. */
    private static ReanchorReport.Outcome outcome(SpanSlot slot, Placement p, String withdrawn, ArticleText text) {
        Span before = slot.span();
        if (p == null) {
            Span after = before.withAnchor(Anchor.ORPHANED);
            return new ReanchorReport.Outcome(slot.location(), before, after, ReanchorReport.Result.ORPHANED,
                    withdrawn == null ? "none" : withdrawn, 0);
        }
        Span fresh = Span.of(text, p.start, p.end);
        boolean quoteChanged = !fresh.exact().equals(before.exact());
        Anchor anchor = quoteChanged || !p.sure || before.anchor() == Anchor.REVIEW ? Anchor.REVIEW : Anchor.OK;
        Span after = fresh.withAnchor(anchor).withAttributes(before.attributes());
        ReanchorReport.Result r = quoteChanged ? ReanchorReport.Result.CHANGED
                : !p.sure ? ReanchorReport.Result.UNCERTAIN
                : p.start != before.start() || p.end != before.end() ? ReanchorReport.Result.MOVED
                : ReanchorReport.Result.UNCHANGED;
        return new ReanchorReport.Outcome(slot.location(), before, after, r, p.method, p.score);
    }

    /**
     * Writes the placed pieces back through {@link org.tandai.model.Annotation#setSpan}, one span at
     * a time: the fragments of a span in pieces are put back together (those not placed keep
     * their old offsets, orphaned), and the span keeps its attributes.
     */
    private static void store(List<SpanSlot> slots, List<Span> after) {
        int i = 0;
        while (i < slots.size()) {
            int j = i + 1;
            while (j < slots.size() && slots.get(j).fragment() > 0 && slots.get(j).sameSpanAs(slots.get(i))) {
                j++;
            }
            SpanSlot first = slots.get(i);
            first.owner().setSpan(first.ref(), SpanSlot.assemble(first.ref().span(), slots.subList(i, j),
                    after.subList(i, j)));
            i = j;
        }
    }

    /**
     * Where a span goes: code-point range, how it was found, (for fuzzy) its score, whether the
     * evidence is strong enough to keep it {@code OK} ({@code sure}) and how strong it is
     * ({@code evidence}, to decide which of two mentions of one entity keeps a place).
     */
    record Placement(int start, int end, String method, double score, boolean sure, int evidence) {
        Placement unsure() {
            return new Placement(start, end, method, score, false, evidence);
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
