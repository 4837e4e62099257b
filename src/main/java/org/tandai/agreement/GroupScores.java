package org.tandai.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Claim;

/**
 * Agreement of every annotator at once (the curated layer left out): Fleiss' κ on the types of
 * mentions at spans that every annotator marked, on the verdicts and check-worthiness of claims at
 * spans every annotator marked, and αU per type with every annotator as a rater. Counted only on
 * documents that every annotator annotated (docs/agreement.md, "Every annotator at once").
 */
public final class GroupScores {
    private final int raters;
    private final CategoryTable types;
    private final CategoryTable verdicts;
    private final CategoryTable worthiness;
    private final Mean alphaU = new Mean();
    private int documents;

    public GroupScores(int raters) {
        this.raters = raters;
        this.types = new CategoryTable(raters);
        this.verdicts = new CategoryTable(raters);
        this.worthiness = new CategoryTable(raters);
    }

    static GroupScores of(List<LayerView> layers, long length) {
        GroupScores g = new GroupScores(layers.size());
        List<Mentions> mentions = new ArrayList<>(layers.size());
        UnitizingAlpha alpha = new UnitizingAlpha(layers.size(), length);
        for (int r = 0; r < layers.size(); r++) {
            mentions.add(layers.get(r).mentions());
            layers.get(r).mentions().addTo(alpha, r);
        }
        Mentions.pairTypes(mentions, g.types);
        g.alphaU.add(alpha.perCategory());
        g.claimsAtSameSpans(layers);
        g.documents = 1;
        return g;
    }

    /** Claims at a span every annotator marked exactly: one item each, paired in text order. */
    private void claimsAtSameSpans(List<LayerView> layers) {
        List<Map<String, List<Claim>>> bySpan = new ArrayList<>();
        for (LayerView l : layers) {
            Map<String, List<Claim>> m = new HashMap<>();
            for (Claim c : l.claims()) {
                m.computeIfAbsent(Spans.key(c.span()), k -> new ArrayList<>(1)).add(c);
            }
            bySpan.add(m);
        }
        String[] v = new String[raters];
        String[] w = new String[raters];
        for (Map.Entry<String, List<Claim>> e : bySpan.get(0).entrySet()) {
            int n = e.getValue().size();
            for (Map<String, List<Claim>> m : bySpan) {
                List<Claim> l = m.get(e.getKey());
                n = Math.min(n, l == null ? 0 : l.size());
            }
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < raters; r++) {
                    Claim c = bySpan.get(r).get(e.getKey()).get(i);
                    v[r] = c.verdict();
                    w[r] = c.checkWorthiness();
                }
                verdicts.add(v);
                worthiness.add(w);
            }
        }
    }

    public void add(GroupScores o) {
        types.addAll(o.types);
        verdicts.addAll(o.verdicts);
        worthiness.addAll(o.worthiness);
        alphaU.addAll(o.alphaU);
        documents += o.documents;
    }

    public int documents() {
        return documents;
    }

    public CategoryTable.Coefficient typeKappa() {
        return types.fleiss();
    }

    public CategoryTable.Coefficient verdictKappa() {
        return verdicts.fleiss();
    }

    public CategoryTable.Coefficient checkWorthinessKappa() {
        return worthiness.fleiss();
    }

    public Mean alphaU() {
        return alphaU;
    }
}
