package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * One place in a document that holds a span ("e3.mentions[0]", "c1.span", "s2.cue"), with a way to
 * replace it. Re-anchoring walks these slots so it never needs to know the annotation classes.
 */
record SpanSlot(String location, Span span, Consumer<Span> setter) {

    /** Every span of the document, entities first, in list order. */
    static List<SpanSlot> of(AnnotatedDocument doc) {
        List<SpanSlot> slots = new ArrayList<>();
        for (Entity e : doc.entities()) {
            List<Span> mentions = e.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                int index = i;
                slots.add(new SpanSlot(e.id() + ".mentions[" + i + "]", mentions.get(i), s -> mentions.set(index, s)));
            }
        }
        for (Claim c : doc.claims()) {
            if (c.span() != null) {
                slots.add(new SpanSlot(c.id() + ".span", c.span(), c::setSpan));
            }
        }
        for (Source s : doc.sources()) {
            if (s.cue() != null) {
                slots.add(new SpanSlot(s.id() + ".cue", s.cue(), s::setCue));
            }
            if (s.content() != null) {
                slots.add(new SpanSlot(s.id() + ".content", s.content(), s::setContent));
            }
        }
        return slots;
    }
}
