package org.tandai.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * Runs the recommenders over one article and keeps what is new: a pure function of the text, the
 * document's current annotations and the recommenders' corpus knowledge, so the window can call it
 * from a background task on a {@link AnnotatedDocument#shallowCopy()} (decision 1000). A suggestion
 * is dropped when any annotation already in the document, of any status, covers the same place: an
 * entity mention overlapping it, a source whose cue (or, without cues, content) overlaps it, or one
 * with the same key. Rejected annotations stay in the sidecar, so a rejection is never proposed again.
 */
public final class SuggestionEngine {
    private final List<Recommender> recommenders;

    public SuggestionEngine(List<Recommender> recommenders) {
        this.recommenders = List.copyOf(recommenders);
    }

    /**
     * New suggestions for the article, in text order. {@code only} names the kinds wanted
     * ("attributions", "quotes", "entities"); null or empty for all.
     */
    public List<Suggestion> suggest(ArticleText text, AnnotatedDocument doc, Set<String> only) {
        Recommender.Input in = Recommender.Input.of(text, doc);
        Set<String> keys = new HashSet<>();
        for (Annotation a : doc.all()) {
            String k = SuggestionKeys.of(a);
            if (k != null) {
                keys.add(k);
            }
        }
        List<Suggestion> kept = new ArrayList<>();
        for (Recommender r : recommenders) {
            if (only != null && !only.isEmpty() && r.kinds().stream().noneMatch(only::contains)) {
                continue;
            }
            for (Suggestion s : r.suggest(in)) {
                if (only != null && !only.isEmpty() && !only.contains(s.recommender())) {
                    continue;
                }
                if (keys.contains(s.key()) || coveredByDocument(s.annotation(), doc) || coveredBy(s.annotation(), kept)) {
                    continue;
                }
                keys.add(s.key());
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparing((Suggestion s) -> s.annotation().anchorSpan(), Span::compare)
                .thenComparing(Suggestion::key));
        return kept;
    }

    private static boolean coveredByDocument(Annotation a, AnnotatedDocument doc) {
        if (a instanceof Entity e) {
            Span m = e.mentions().get(0);
            for (Entity other : doc.entities()) {
                for (Span o : other.mentions()) {
                    if (overlaps(o, m)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (a instanceof Source s) {
            for (Source other : doc.sources()) {
                if (sameAttribution(s, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean coveredBy(Annotation a, List<Suggestion> kept) {
        for (Suggestion k : kept) {
            if (a instanceof Entity e && k.annotation() instanceof Entity o && overlaps(o.mentions().get(0), e.mentions().get(0))) {
                return true;
            }
            if (a instanceof Source s && k.annotation() instanceof Source o && sameAttribution(s, o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAttribution(Source s, Source other) {
        if (s.cue() != null && other.cue() != null) {
            return overlaps(s.cue(), other.cue());
        }
        return s.cue() == null && s.content() != null && other.content() != null && overlaps(s.content(), other.content());
    }

    /** True when any fragment of one overlaps any fragment of the other. */
    static boolean overlaps(Span a, Span b) {
        if (a == null || b == null || a.end() <= b.start() || b.end() <= a.start()) {
            return false;
        }
        for (Span x : a.fragments()) {
            for (Span y : b.fragments()) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
