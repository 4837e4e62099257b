package org.tandai.interchange;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.store.SidecarFormat;

/** What every exporter shares: which annotations go out, in which order. */
final class Exports {
    private Exports() {
    }

    /** Rejected suggestions never leave Tandai; still-suggested ones only with --include-suggested (see {@link #withoutSuggested}). */
    static boolean exported(Annotation a) {
        return a.status() != Status.REJECTED;
    }

    /**
     * The document without its suggested annotations, for an export without {@code
     * --include-suggested}; references to them from the rest (a speaker, a via) are dropped, and a
     * relation that needs one is left out too. The document itself is not changed.
     */
    static AnnotatedDocument withoutSuggested(AnnotatedDocument doc) {
        boolean any = doc.all().stream().anyMatch(a -> a.status() == Status.SUGGESTED);
        if (!any) {
            return doc;
        }
        AnnotatedDocument copy = doc.shallowCopy();
        List<Annotation> suggested = copy.all().stream().filter(a -> a.status() == Status.SUGGESTED).toList();
        for (Annotation a : suggested) {
            copy.remove(a.id());
        }
        for (Annotation a : suggested) {
            for (AnnotatedDocument.Referrer r : copy.referrersOf(a.id())) {
                Annotation changed = r.annotation().copy();
                if (changed.removeReference(r.reference())) {
                    copy.replace(changed);
                } else {
                    copy.remove(changed.id());
                }
            }
        }
        return copy;
    }

    static List<Entity> entities(AnnotatedDocument doc) {
        return sorted(doc.entities());
    }

    static List<Claim> claims(AnnotatedDocument doc) {
        return sorted(doc.claims());
    }

    static List<Source> sources(AnnotatedDocument doc) {
        return sorted(doc.sources());
    }

    private static <T extends Annotation> List<T> sorted(List<T> in) {
        List<T> out = new ArrayList<>();
        for (T a : in) {
            if (exported(a)) {
                out.add(a);
            }
        }
        out.sort(SidecarFormat.ORDER);
        return out;
    }

    /** An entity's mentions in text order. */
    static List<Span> mentions(Entity e) {
        List<Span> m = new ArrayList<>(e.mentions());
        m.sort(Span::compare);
        return m;
    }

    /** The mention of an entity closest to a position: how a speaker or claimant is pinned to text. */
    static Span nearestMention(Entity e, Span near) {
        Span best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Span m : e.mentions()) {
            int d = near == null ? m.start() : Math.min(Math.abs(m.start() - near.end()), Math.abs(near.start() - m.end()));
            if (d < bestDist) {
                best = m;
                bestDist = d;
            }
        }
        return best;
    }

    /** A span is usable when it has offsets inside a text of the given length. */
    static boolean usable(Span s, int length) {
        return s != null && s.start() >= 0 && s.end() <= length && s.start() < s.end();
    }
}
