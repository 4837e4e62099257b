package org.tandai.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Span;

/**
 * Claim agreement between two layers: claims matched one to one by overlapping spans (and, for
 * comparison, by exact spans), then Cohen's κ on the verdict and on the check-worthiness of the
 * claims matched by overlap (docs/agreement.md, "Claims").
 */
public final class ClaimScores {
    private Counts exact = Counts.ZERO;
    private Counts overlap = Counts.ZERO;
    private final CategoryTable verdicts = new CategoryTable(2);
    private final CategoryTable worthiness = new CategoryTable(2);

    /** A layer's claims that have a span, in text order. */
    static List<Claim> claimsOf(AnnotatedDocument doc) {
        List<Claim> out = new ArrayList<>(doc.claims().size());
        for (Claim c : doc.claims()) {
            if (c.span() != null) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(Claim::span, Span::compare));
        return out;
    }

    static ClaimScores of(List<Claim> a, List<Claim> b) {
        ClaimScores s = new ClaimScores();
        List<OneToOne.Pair> pairs = OneToOne.match(a, b, c -> OneToOne.bounds(c.span()), c -> OneToOne.bounds(c.span()),
                (x, y) -> Spans.overlap(x.span(), y.span()) ? Spans.shared(x.span(), y.span()) : -1);
        s.overlap = Counts.of(pairs.size(), a.size(), b.size());
        for (OneToOne.Pair p : pairs) {
            s.verdicts.add(a.get(p.a()).verdict(), b.get(p.b()).verdict());
            s.worthiness.add(a.get(p.a()).checkWorthiness(), b.get(p.b()).checkWorthiness());
        }
        s.exact = Counts.of(exactMatches(a, b), a.size(), b.size());
        return s;
    }

    /** How many claims of a have a claim of b at exactly the same span, one to one. */
    private static int exactMatches(List<Claim> a, List<Claim> b) {
        Map<String, Integer> inB = new HashMap<>();
        for (Claim c : b) {
            inB.merge(Spans.key(c.span()), 1, Integer::sum);
        }
        int n = 0;
        for (Claim c : a) {
            Integer left = inB.computeIfPresent(Spans.key(c.span()), (k, v) -> v - 1);
            if (left != null && left >= 0) {
                n++;
            }
        }
        return n;
    }

    public void add(ClaimScores o) {
        exact = exact.plus(o.exact);
        overlap = overlap.plus(o.overlap);
        verdicts.addAll(o.verdicts);
        worthiness.addAll(o.worthiness);
    }

    public Counts exact() {
        return exact;
    }

    public Counts overlap() {
        return overlap;
    }

    public CategoryTable.Coefficient verdictKappa() {
        return verdicts.cohen();
    }

    public CategoryTable.Coefficient checkWorthinessKappa() {
        return worthiness.cohen();
    }
}
