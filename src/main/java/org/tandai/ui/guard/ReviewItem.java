package org.tandai.ui.guard;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * One span that re-anchoring could not place ({@link Anchor#ORPHANED}) or placed on changed
 * wording ({@link Anchor#REVIEW}): the annotation it belongs to, where in it ("e2.mentions[0]",
 * "c1.span", "s1.cue", "s1.content") and the span with its old quote. {@link #withSpan} builds the
 * replacement annotation for an undoable swap; the live annotation is never mutated.
 */
public record ReviewItem(String annotationId, String location, Span span) {

    public Anchor anchor() {
        return span.anchor();
    }

    /** Every span of the document that is not {@code OK}, entities first, in list order. */
    public static List<ReviewItem> of(AnnotatedDocument doc) {
        // Runs after every edit: the location text is built only for the (rare) spans listed.
        List<ReviewItem> out = new ArrayList<>();
        for (Entity e : doc.entities()) {
            List<Span> mentions = e.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                if (listed(mentions.get(i))) {
                    out.add(new ReviewItem(e.id(), e.id() + ".mentions[" + i + "]", mentions.get(i)));
                }
            }
        }
        for (Claim c : doc.claims()) {
            if (listed(c.span())) {
                out.add(new ReviewItem(c.id(), c.id() + ".span", c.span()));
            }
        }
        for (Source s : doc.sources()) {
            if (listed(s.cue())) {
                out.add(new ReviewItem(s.id(), s.id() + ".cue", s.cue()));
            }
            if (listed(s.content())) {
                out.add(new ReviewItem(s.id(), s.id() + ".content", s.content()));
            }
        }
        return out;
    }

    private static boolean listed(Span span) {
        return span != null && span.anchor() != Anchor.OK;
    }

    /** A copy of {@code a} whose span at {@code location} is {@code span}; null when there is no such slot. */
    public static Annotation withSpan(Annotation a, String location, Span span) {
        String slot = location.substring(location.indexOf('.') + 1);
        Annotation copy = a.copy();
        if (copy instanceof Entity e && slot.startsWith("mentions[")) {
            int i = Integer.parseInt(slot.substring("mentions[".length(), slot.length() - 1));
            if (i >= e.mentions().size()) {
                return null;
            }
            e.mentions().set(i, span);
        } else if (copy instanceof Claim c && slot.equals("span")) {
            c.setSpan(span);
        } else if (copy instanceof Source s && slot.equals("cue")) {
            s.setCue(span);
        } else if (copy instanceof Source s && slot.equals("content")) {
            s.setContent(span);
        } else {
            return null;
        }
        return copy;
    }
}
