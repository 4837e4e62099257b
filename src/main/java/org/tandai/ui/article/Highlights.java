package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.Anchor;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;
import org.tandai.model.Status;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Theme;

/**
 * Turns annotations into highlight segments: the one place where code-point spans become UTF-16
 * ranges of the text area, and where each kind gets its CSS class.
 */
final class Highlights {
    private Highlights() {
    }

    /** Marks every piece of a span in several pieces, so the pieces read as one span. */
    static final String FRAGMENT = "fragment";

    /**
     * The highlight segments of one annotation: entity mentions by type, claims, cues, content.
     * Walks {@link Annotation#spans()} and each span's fragments, so a gap between fragments is
     * never painted; the class per span comes from {@link #styleOf}, a visitor, so a new kind is a
     * compile error here.
     */
    static List<HighlightIndex.Seg> segments(DocumentSession s, Annotation a) {
        List<HighlightIndex.Seg> out = new ArrayList<>();
        if (a.status() == Status.REJECTED) {
            return out; // a rejection is kept in the file (decision 1004) but never drawn
        }
        ArticleText t = s.text();
        for (SpanRef ref : a.spans()) {
            if (ref.span() == null) {
                continue;
            }
            String cls = styleOf(a, ref);
            addSeg(out, t, ref.span(), cls, a.id());
            if (ref.span().isMultiFragment()) {
                addSeg(out, t, ref.span(), FRAGMENT, a.id());
            }
            if (a.status() == Status.SUGGESTED) {
                addSeg(out, t, ref.span(), SuggestionHighlights.SUGGESTION, a.id());
            }
        }
        return out;
    }

    /** The CSS class of one span of an annotation. */
    static String styleOf(Annotation a, SpanRef ref) {
        return a.accept(new Annotation.Visitor<String>() {
            @Override
            public String entity(Entity e) {
                return Theme.entityClass(e.type());
            }

            @Override
            public String claim(Claim c) {
                return "claim";
            }

            @Override
            public String source(Source src) {
                return ref.field().equals("cue") ? "cue" : "content";
            }

            @Override
            public String relation(Relation r) {
                return "relation";
            }
        });
    }

    static List<Span> spansOf(Annotation a) {
        List<Span> out = new ArrayList<>();
        for (SpanRef ref : a.spans()) {
            if (ref.span() != null) {
                out.add(ref.span());
            }
        }
        return out;
    }

    /** One segment per fragment of the span (never the gaps); nothing for an orphaned fragment. */
    static void addSeg(List<HighlightIndex.Seg> out, ArticleText t, Span sp, String cls, String owner) {
        for (Span f : sp.fragments()) {
            if (f.anchor() == Anchor.ORPHANED) {
                continue;
            }
            int a = t.toUtf16(f.start());
            int b = t.toUtf16(f.end());
            if (b > a) {
                out.add(new HighlightIndex.Seg(a, b, cls, owner));
            }
        }
    }

}
