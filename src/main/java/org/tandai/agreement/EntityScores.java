package org.tandai.agreement;

import java.util.List;

/**
 * Entity agreement between two layers, of one document or summed over many: mentions matched on
 * exact span and type (tp/fp/fn), Cohen's κ on the type of the mentions whose spans match, and αU
 * per type (docs/agreement.md, "Entity mentions").
 */
public final class EntityScores {
    private Counts exact = Counts.ZERO;
    private final CategoryTable types = new CategoryTable(2);
    private final Mean alphaU = new Mean();

    /** The scores of layer b against layer a on one document of {@code length} code points. */
    static EntityScores of(Mentions a, Mentions b, long length) {
        EntityScores s = new EntityScores();
        int tp = Mentions.pairTypes(List.of(a, b), s.types);
        s.exact = Counts.of(tp, a.size(), b.size());
        UnitizingAlpha alpha = new UnitizingAlpha(2, length);
        a.addTo(alpha, 0);
        b.addTo(alpha, 1);
        s.alphaU.add(alpha.perCategory());
        return s;
    }

    public void add(EntityScores o) {
        exact = exact.plus(o.exact);
        types.addAll(o.types);
        alphaU.addAll(o.alphaU);
    }

    public Counts exact() {
        return exact;
    }

    /** Cohen's κ on the types of the mentions whose spans match exactly, over every such mention. */
    public CategoryTable.Coefficient typeKappa() {
        return types.cohen();
    }

    /** αU per type: of one document, or the mean over the documents where it is defined. */
    public Mean alphaU() {
        return alphaU;
    }
}
