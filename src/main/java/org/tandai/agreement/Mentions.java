package org.tandai.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Span;

/**
 * The entity mentions of one layer of one document, the units of entity agreement: every mention
 * span of every entity, with the entity's type. Grouped by exact span ({@link Spans#key}).
 */
final class Mentions {
    /** Types of the mentions at each exact span, sorted, in text order of the spans. */
    final Map<String, List<String>> typesBySpan = new HashMap<>();
    final List<Span> spans = new ArrayList<>();
    final List<String> types = new ArrayList<>();

    Mentions(AnnotatedDocument doc) {
        for (Entity e : doc.entities()) {
            String type = e.type() == null ? CategoryTable.NONE : e.type();
            for (Span s : e.mentions()) {
                spans.add(s);
                types.add(type);
                typesBySpan.computeIfAbsent(Spans.key(s), k -> new ArrayList<>(1)).add(type);
            }
        }
        for (List<String> l : typesBySpan.values()) {
            if (l.size() > 1) {
                Collections.sort(l);
            }
        }
    }

    int size() {
        return spans.size();
    }

    /** Adds this layer's mentions to a unitizing study as rater {@code rater}, fragment by fragment. */
    void addTo(UnitizingAlpha alpha, int rater) {
        for (int i = 0; i < spans.size(); i++) {
            for (Span f : spans.get(i).fragments()) {
                alpha.add(rater, types.get(i), f.start(), f.end());
            }
        }
    }

    /**
     * Pairs the types of mentions at the same exact span in every layer: at a span where each
     * layer has one mention, one item; where layers have several, as many items as the fewest,
     * equal types paired first. Adds each item to {@code table} (one category per layer).
     * Returns how many mentions matched on span and type in all layers (for two layers: tp).
     */
    static int pairTypes(List<Mentions> layers, CategoryTable table) {
        int sameType = 0;
        Map<String, List<String>> first = layers.get(0).typesBySpan;
        for (Map.Entry<String, List<String>> e : first.entrySet()) {
            List<List<String>> all = new ArrayList<>(layers.size());
            all.add(new ArrayList<>(e.getValue()));
            boolean everywhere = true;
            for (int r = 1; r < layers.size() && everywhere; r++) {
                List<String> t = layers.get(r).typesBySpan.get(e.getKey());
                everywhere = t != null;
                if (t != null) {
                    all.add(new ArrayList<>(t));
                }
            }
            if (!everywhere) {
                continue;
            }
            sameType += pairAt(all, table);
        }
        return sameType;
    }

    /** The items at one span: first the types every layer has, then the rest in sorted order. */
    private static int pairAt(List<List<String>> all, CategoryTable table) {
        int same = 0;
        String[] item = new String[all.size()];
        // Types present in every layer, as often as in the layer that has them least.
        List<String> base = new ArrayList<>(all.get(0));
        for (String t : base) {
            boolean inAll = true;
            for (List<String> l : all) {
                inAll &= l.contains(t);
            }
            if (inAll) {
                for (List<String> l : all) {
                    l.remove(t);
                }
                java.util.Arrays.fill(item, t);
                table.add(item);
                same++;
            }
        }
        int rest = Integer.MAX_VALUE;
        for (List<String> l : all) {
            rest = Math.min(rest, l.size());
        }
        for (int i = 0; i < rest; i++) {
            for (int r = 0; r < all.size(); r++) {
                item[r] = all.get(r).get(i);
            }
            table.add(item);
        }
        return same;
    }
}
