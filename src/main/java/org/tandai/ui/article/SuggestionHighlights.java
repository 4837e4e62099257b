package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.SpanRef;
import org.tandai.ui.common.DocumentSession;

/**
 * Suggestions that are not (yet) in the document drawn over the article (issue 12, decision 1010):
 * every span gets the class {@value #SUGGESTION} (a dashed outline, no fill) plus the class its kind
 * would have once accepted, prefixed ({@code suggestion-ent-PERSON}, {@code suggestion-cue}), and the one Tab moved
 * to also gets {@value #CURRENT}. Like {@link OtherLayerHighlights} they live in the article's
 * {@link HighlightIndex} under owners starting with {@code #}, so a click or a key never selects
 * them as annotations and redrawing them restyles only where they were and are.
 */
public final class SuggestionHighlights {
    /** The class every suggested span wears, in the document or not. */
    public static final String SUGGESTION = "suggestion";
    /** The class of the suggestion Tab moved to. */
    public static final String CURRENT = "suggestion-current";
    /**
     * Prefix of the kind class a suggestion wears ({@code suggestion-ent-PERSON}, {@code
     * suggestion-cue}): never the accepted class itself, so {@code ent-PERSON} or {@code cue} at a
     * character always means an annotation in the document.
     */
    public static final String KIND_PREFIX = "suggestion-";
    /** What the owners of every suggestion overlay start with (the current one's included). */
    static final String OWNER_PREFIX = "#suggest";
    private static final String OWNER = "#suggest/";
    private static final String CURRENT_OWNER = "#suggest-current";

    private final ArticleViewModel vm;
    /** The keys of the suggestions drawn now. */
    private final Set<String> drawn = new HashSet<>();

    public SuggestionHighlights(ArticleViewModel vm) {
        this.vm = vm;
    }

    /**
     * Draws these suggestions (by key; they are not in the document and have no id) instead of the
     * ones drawn before. Only what changed is redrawn: one owner per suggestion, so after an accept
     * the index loses a few segments and gains a few, and only their stretches are restyled.
     */
    public void show(Map<String, Annotation> byKey) {
        DirtyRanges dirty = new DirtyRanges();
        List<String> gone = new ArrayList<>();
        for (java.util.Iterator<String> it = drawn.iterator(); it.hasNext(); ) {
            String key = it.next();
            if (!byKey.containsKey(key)) {
                gone.add(OWNER + key);
                it.remove();
            }
        }
        dirty.addAll(vm.index().removeAll(gone));
        DocumentSession s = vm.session();
        if (s != null) {
            List<HighlightIndex.Seg> segs = new ArrayList<>();
            for (Map.Entry<String, Annotation> e : byKey.entrySet()) {
                if (drawn.add(e.getKey())) {
                    segments(s.text(), e.getValue(), OWNER + e.getKey(), segs);
                }
            }
            vm.index().add(segs);
            dirty.addAll(segs);
        }
        vm.restyle(dirty);
    }

    /** Marks one suggestion as the current one (null: none). */
    public void showCurrent(Annotation current) {
        DirtyRanges dirty = new DirtyRanges();
        dirty.addAll(vm.index().remove(CURRENT_OWNER));
        DocumentSession s = vm.session();
        if (s != null && current != null) {
            List<HighlightIndex.Seg> segs = new ArrayList<>();
            for (SpanRef ref : current.spans()) {
                if (ref.span() != null) {
                    Highlights.addSeg(segs, s.text(), ref.span(), CURRENT, CURRENT_OWNER);
                }
            }
            vm.index().add(segs);
            dirty.addAll(segs);
        }
        vm.restyle(dirty);
    }

    private static void segments(ArticleText t, Annotation a, String owner, List<HighlightIndex.Seg> out) {
        for (SpanRef ref : a.spans()) {
            if (ref.span() == null) {
                continue;
            }
            Highlights.addSeg(out, t, ref.span(), SUGGESTION, owner);
            Highlights.addSeg(out, t, ref.span(), KIND_PREFIX + Highlights.styleOf(a, ref), owner);
        }
    }
}
