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
        Taken taken = new Taken();
        for (Annotation a : doc.all()) {
            taken.add(a);
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
                if (keys.contains(s.key()) || taken.covers(s.annotation())) {
                    continue;
                }
                keys.add(s.key());
                taken.add(s.annotation());
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparing((Suggestion s) -> s.annotation().anchorSpan(), Span::compare)
                .thenComparing(Suggestion::key));
        return kept;
    }

    /**
     * The places annotations already take: entity mentions, source cues, and the contents of
     * sources without a cue, each in its own index.
     */
    private static final class Taken {
        private final Intervals mentions = new Intervals();
        private final Intervals cues = new Intervals();
        private final Intervals cuelessContents = new Intervals();

        void add(Annotation a) {
            if (a instanceof Entity e) {
                e.mentions().forEach(mentions::add);
            } else if (a instanceof Source s) {
                if (s.cue() != null) {
                    cues.add(s.cue());
                } else {
                    cuelessContents.add(s.content());
                }
            }
        }

        boolean covers(Annotation a) {
            if (a instanceof Entity e) {
                return mentions.overlaps(e.mentions().get(0));
            }
            if (a instanceof Source s) {
                return s.cue() != null ? cues.overlaps(s.cue()) : cuelessContents.overlaps(s.content());
            }
            return false;
        }
    }

    /** True when {@code existing} stands where the suggested {@code a} would: an overlapping mention, or the same attribution. */
    static boolean covers(Annotation existing, Annotation a) {
        if (a instanceof Entity e && existing instanceof Entity o) {
            for (Span m : o.mentions()) {
                if (overlaps(m, e.mentions().get(0))) {
                    return true;
                }
            }
        }
        return a instanceof Source s && existing instanceof Source o && sameAttribution(s, o);
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
