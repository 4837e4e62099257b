package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;

/**
 * The spans of a document that re-anchoring could not place, for the window's Orphans view, and
 * re-attaching one to text the user selected. Plain Java; the window wraps {@link #reattach} in an
 * undoable command (it returns the span it replaced).
 */
public final class Orphans {
    /** One orphaned span: the annotation's id, where the span sits ("e3.mentions[0]") and the span itself. */
    public record Orphan(String annotationId, String location, Span span) {
    }

    private Orphans() {
    }

    /** Every span marked {@link Anchor#ORPHANED}, entities first, in list order. */
    public static List<Orphan> of(AnnotatedDocument doc) {
        List<Orphan> out = new ArrayList<>();
        for (SpanSlot slot : SpanSlot.of(doc)) {
            if (slot.span().anchor() == Anchor.ORPHANED) {
                String loc = slot.location();
                out.add(new Orphan(loc.substring(0, loc.indexOf('.')), loc, slot.span()));
            }
        }
        return out;
    }

    /**
     * Puts the span at {@code location} on the code-point range [{@code start}, {@code end}) of the
     * text, with fresh quote and context and anchor {@code OK}; returns the span it replaced.
     *
     * @throws IllegalArgumentException when the location does not exist or the range is outside the text
     */
    public static Span reattach(AnnotatedDocument doc, String location, ArticleText text, int start, int end) {
        if (start >= end) {
            throw new IllegalArgumentException("select some text to re-attach " + location + " to");
        }
        for (SpanSlot slot : SpanSlot.of(doc)) {
            if (slot.location().equals(location)) {
                slot.setter().accept(Span.of(text, start, end));
                return slot.span();
            }
        }
        throw new IllegalArgumentException("no span at " + location);
    }
}
