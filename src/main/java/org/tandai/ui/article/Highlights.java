package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.Anchor;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Theme;

/**
 * Turns annotations into highlight segments: the one place where code-point spans become UTF-16
 * ranges of the text area, and where each kind gets its CSS class.
 */
final class Highlights {
    private Highlights() {
    }

    /** The highlight segments of one annotation: entity mentions by type, claims, cues, content. */
    static List<HighlightIndex.Seg> segments(DocumentSession s, Annotation a) {
        List<HighlightIndex.Seg> out = new ArrayList<>();
        ArticleText t = s.text();
        if (a instanceof Entity e) {
            String cls = Theme.entityClass(e.type());
            for (Span m : e.mentions()) {
                addSeg(out, t, m, cls, e.id());
            }
        } else if (a instanceof Claim c && c.span() != null) {
            addSeg(out, t, c.span(), "claim", c.id());
        } else if (a instanceof Source src) {
            if (src.cue() != null) {
                addSeg(out, t, src.cue(), "cue", src.id());
            }
            if (src.content() != null) {
                addSeg(out, t, src.content(), "content", src.id());
            }
        }
        return out;
    }

    static List<Span> spansOf(Annotation a) {
        List<Span> out = new ArrayList<>();
        if (a instanceof Entity e) {
            out.addAll(e.mentions());
        } else if (a instanceof Claim c && c.span() != null) {
            out.add(c.span());
        } else if (a instanceof Source src) {
            if (src.cue() != null) {
                out.add(src.cue());
            }
            if (src.content() != null) {
                out.add(src.content());
            }
        }
        return out;
    }

    static void addSeg(List<HighlightIndex.Seg> out, ArticleText t, Span sp, String cls, String owner) {
        if (sp.anchor() == Anchor.ORPHANED) {
            return;
        }
        int a = t.toUtf16(sp.start());
        int b = t.toUtf16(sp.end());
        if (b > a) {
            out.add(new HighlightIndex.Seg(a, b, cls, owner));
        }
    }

}
