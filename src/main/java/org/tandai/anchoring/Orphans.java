package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Fragments;
import org.tandai.model.Span;

/**
 * The spans of a document that re-anchoring could not place, for the window's Orphans view, and
 * re-attaching one to text the user selected. A span in pieces is listed fragment by fragment
 * ("s2.content.fragments[1]"): one fragment can be orphaned while the others were placed. Plain
 * Java; the window wraps {@link #reattach} in an undoable command (it returns the span it replaced).
 */
public final class Orphans {
    /**
     * One orphaned span or fragment: the annotation's id, where it sits ("e3.mentions[0]",
     * "s2.content.fragments[1]") and the span or fragment itself.
     */
    public record Orphan(String annotationId, String location, Span span) {
    }

    private Orphans() {
    }

    /** Every span and fragment marked {@link Anchor#ORPHANED}, entities first, in list order. */
    public static List<Orphan> of(AnnotatedDocument doc) {
        return listed(doc, Anchor.ORPHANED);
    }

    /**
     * Every span and fragment whose anchor is not {@code OK} (orphaned or marked for review),
     * entities first, in list order; a span in pieces is listed by its fragments that are not OK.
     */
    public static List<Orphan> needingReview(AnnotatedDocument doc) {
        return listed(doc, null);
    }

    private static List<Orphan> listed(AnnotatedDocument doc, Anchor only) {
        List<Orphan> out = new ArrayList<>();
        for (SpanSlot slot : SpanSlot.of(doc)) {
            Anchor a = slot.span().anchor();
            if (only == null ? a != Anchor.OK : a == only) {
                out.add(new Orphan(slot.owner().id(), slot.location(), slot.span()));
            }
        }
        return out;
    }

    /**
     * Puts the span at {@code location} on the code-point range [{@code start}, {@code end}) of the
     * text, with fresh quote and context and anchor {@code OK}; returns the span it replaced (for a
     * fragment, the whole span it belonged to).
     *
     * @throws IllegalArgumentException when the location does not exist, the range is outside the
     *     text, or a fragment would overlap or leave the order of its span's placed fragments
     */
    public static Span reattach(AnnotatedDocument doc, String location, ArticleText text, int start, int end) {
        if (start >= end) {
            throw new IllegalArgumentException("select some text to re-attach " + location + " to");
        }
        for (Annotation a : doc.all()) {
            Span old = spanAt(a, location);
            if (old != null) {
                Span fresh = Span.of(text, start, end);
                String problem = problemAt(a, location, fresh);
                if (problem != null) {
                    throw new IllegalArgumentException("cannot re-attach " + location + " to " + start + ".." + end
                            + ": " + problem);
                }
                replaceAt(a, location, fresh);
                return old;
            }
        }
        throw new IllegalArgumentException("no span at " + location);
    }

    /** The whole span holding {@code location} in {@code a} ("c1.span", "s2.content.fragments[1]"), or null. */
    public static Span spanAt(Annotation a, String location) {
        for (SpanSlot slot : slotsOf(a)) {
            if (slot.location().equals(location)) {
                return slot.ref().span();
            }
        }
        return null;
    }

    /**
     * Replaces the span or fragment at {@code location} in {@code a} (in place) with {@code piece},
     * keeping the span's attributes; false when there is no such location or when a fragment
     * would then overlap, or be out of order with, another placed (not orphaned) fragment.
     */
    public static boolean replaceAt(Annotation a, String location, Span piece) {
        for (SpanSlot slot : slotsOf(a)) {
            if (slot.location().equals(location)) {
                Span next = SpanSlot.assemble(slot.ref().span(), List.of(slot), List.of(piece));
                if (next.isMultiFragment() && Fragments.problemsOf(placedFragments(next)) != null) {
                    return false;
                }
                a.setSpan(slot.ref(), next);
                return true;
            }
        }
        return false;
    }

    /**
     * Why {@code piece} cannot go at {@code location} of {@code a}, or null: the fragments of a span
     * ("fragments[1] (40..52) overlaps fragments[0] (30..45)", counted among its placed fragments).
     */
    public static String problemAt(Annotation a, String location, Span piece) {
        for (SpanSlot slot : slotsOf(a)) {
            if (slot.location().equals(location)) {
                Span next = SpanSlot.assemble(slot.ref().span(), List.of(slot), List.of(piece));
                return next.isMultiFragment() ? Fragments.problemsOf(placedFragments(next)) : null;
            }
        }
        return "no span at " + location;
    }

    /** The fragments not orphaned: an orphaned fragment keeps stale offsets and takes no part in the order. */
    static List<Span> placedFragments(Span span) {
        List<Span> out = new ArrayList<>();
        for (Span f : span.fragments()) {
            if (f.anchor() != Anchor.ORPHANED) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<SpanSlot> slotsOf(Annotation a) {
        return SpanSlot.of(a);
    }
}
