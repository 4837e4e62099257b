package org.tandai.curation;

import java.util.List;
import java.util.Map;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Span;

/**
 * The annotators' layers of one article merged into units ({@link Aligner#align}). {@code parties}
 * are the layers' labels (annotator slugs) in order; every unit's versions come from them.
 */
public final class Alignment {
    private final List<String> parties;
    private final Map<String, AnnotatedDocument> layers;
    private final List<Unit> units;
    private final Map<String, Unit> byItem;
    private final Map<String, java.util.function.Function<String, org.tandai.model.Annotation>> index = new java.util.HashMap<>();

    Alignment(List<String> parties, Map<String, AnnotatedDocument> layers, List<Unit> units, Map<String, Unit> byItem,
              Map<String, java.util.function.Function<String, org.tandai.model.Annotation>> index) {
        this.parties = List.copyOf(parties);
        this.layers = Map.copyOf(layers);
        this.units = List.copyOf(units);
        this.byItem = Map.copyOf(byItem);
        this.index.putAll(index);
    }

    /** An annotation of a layer by id (indexed), or null. */
    public org.tandai.model.Annotation find(String party, String id) {
        return index.get(party).apply(id);
    }


    public List<String> parties() {
        return parties;
    }

    public List<Unit> units() {
        return units;
    }

    /** The annotator's document a version came from. */
    public AnnotatedDocument layer(String party) {
        return layers.get(party);
    }

    /** The unit holding an annotation of a layer (for an entity, the unit of its mention {@code span}), or null. */
    public Unit unitOf(String party, String annotationId, Span mention) {
        return byItem.get(key(party, annotationId, mention));
    }

    static String key(String party, String id, Span mention) {
        if (mention == null) {
            return party + "\u0000" + id;
        }
        StringBuilder b = new StringBuilder(party).append('\u0000').append(id);
        for (Span f : mention.fragments()) {
            b.append('\u0000').append(f.start()).append('-').append(f.end());
        }
        return b.toString();
    }
}
