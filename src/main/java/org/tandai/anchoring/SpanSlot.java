package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;

/**
 * One piece of text a document holds, as re-anchoring places it: a one-piece span
 * ("e3.mentions[0]", "c1.span", "s2.cue") or one fragment of a span in pieces
 * ("s2.content.fragments[1]"), with the annotation and {@link SpanRef} it belongs to. Found through
 * {@link Annotation#spans()}, so re-anchoring never needs to know the annotation classes
 * (decision 0801); the fragments of one span are put back together by {@link #assemble}.
 *
 * @param fragment the fragment index, or -1 for a one-piece span
 */
record SpanSlot(String location, Span span, Annotation owner, SpanRef ref, int fragment) {

    /** Every span of the document (each fragment of a span in pieces), entities first, in list order. */
    static List<SpanSlot> of(AnnotatedDocument doc) {
        List<SpanSlot> slots = new ArrayList<>();
        for (Annotation a : doc.all()) {
            addSlots(a, slots);
        }
        return slots;
    }

    /** The spans of one annotation, as {@link #of(AnnotatedDocument)} lists them. */
    static List<SpanSlot> of(Annotation a) {
        List<SpanSlot> slots = new ArrayList<>(2);
        addSlots(a, slots);
        return slots;
    }

    private static void addSlots(Annotation a, List<SpanSlot> slots) {
        for (SpanRef ref : a.spans()) {
            Span span = ref.span();
            if (span == null) {
                continue;
            }
            String loc = a.id() + "." + ref.location();
            if (span.isMultiFragment()) {
                List<Span> fragments = span.fragments();
                for (int i = 0; i < fragments.size(); i++) {
                    slots.add(new SpanSlot(loc + ".fragments[" + i + "]", fragments.get(i), a, ref, i));
                }
            } else {
                slots.add(new SpanSlot(loc, span, a, ref, -1));
            }
        }
    }

    /** The same slot holding another span (the strings of a text-backed one, for the search). */
    SpanSlot holding(Span other) {
        return new SpanSlot(location, other, owner, ref, fragment);
    }

    /** True when this slot is a piece of the same span as {@code o}. */
    boolean sameSpanAs(SpanSlot o) {
        return owner == o.owner && ref.field().equals(o.ref.field()) && ref.index() == o.ref.index();
    }

    /**
     * The span to store at this slot's {@link SpanRef} when its piece becomes {@code piece}:
     * {@code piece} with the old span's attributes for a one-piece span; for a fragment, the old
     * span with this fragment replaced (order as it is; an orphaned fragment keeps its old offsets).
     */
    static Span assemble(Span old, List<SpanSlot> pieces, List<Span> placed) {
        if (!old.isMultiFragment()) {
            return placed.get(0).withAttributes(old.attributes());
        }
        List<Span> fragments = new ArrayList<>(old.fragments());
        for (int k = 0; k < pieces.size(); k++) {
            fragments.set(pieces.get(k).fragment(), placed.get(k));
        }
        return Span.ofFragmentsAsRead(fragments).withAttributes(old.attributes());
    }
}
