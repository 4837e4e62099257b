package org.tandai.ui.guard;

import java.util.ArrayList;
import java.util.List;
import org.tandai.anchoring.Orphans;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Span;

/**
 * One span that re-anchoring could not place ({@link Anchor#ORPHANED}) or placed on changed
 * wording ({@link Anchor#REVIEW}): the annotation it belongs to, where in it ("e2.mentions[0]",
 * "c1.span", "s1.cue", "s1.content", or a fragment: "s1.content.fragments[1]") and the span or
 * fragment with its old quote. {@link #withSpan} builds the
 * replacement annotation for an undoable swap; the live annotation is never mutated.
 */
public record ReviewItem(String annotationId, String location, Span span) {

    public Anchor anchor() {
        return span.anchor();
    }

    /**
     * Every span of the document that is not {@code OK}, entities first, in list order; a span in
     * pieces is listed by its fragments that are not OK ("s2.content.fragments[1]").
     */
    public static List<ReviewItem> of(AnnotatedDocument doc) {
        List<ReviewItem> out = new ArrayList<>();
        for (Orphans.Orphan o : Orphans.needingReview(doc)) {
            out.add(new ReviewItem(o.annotationId(), o.location(), o.span()));
        }
        return out;
    }

    /**
     * A copy of {@code a} whose span (or fragment) at {@code location} is {@code span}, keeping
     * the span's attributes; null when there is no such place or the fragment would overlap or
     * reorder its span's other fragments.
     */
    public static Annotation withSpan(Annotation a, String location, Span span) {
        Annotation copy = a.copy();
        return Orphans.replaceAt(copy, location, span) ? copy : null;
    }
}
