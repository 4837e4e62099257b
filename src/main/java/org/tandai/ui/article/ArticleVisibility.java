package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Status;
import org.tandai.ui.common.DocumentSession;

/**
 * What the article does not draw (issue 13, "Filters and layers"; decision 1150): a set of kind keys
 * ({@code entity:ORG}, {@code claim}, {@code source}, {@code status:suggested}, {@code suggestions}).
 * An annotation of a hidden kind or status gets no segments in the highlight index at all, so it is
 * neither painted nor found by a click; suggestions not in the document keep their segments and are
 * only left out when styles are flattened. A toggle restyles only the stretches of what it hides or
 * shows, through the same incremental path as an edit.
 */
public final class ArticleVisibility {
    public static final String CLAIM = "claim";
    public static final String SOURCE = "source";
    /** Suggestions that are not in the document (drawn dashed by {@link SuggestionHighlights}). */
    public static final String SUGGESTIONS = "suggestions";
    public static final String ENTITY_PREFIX = "entity:";
    public static final String STATUS_PREFIX = "status:";

    private final ArticleViewModel vm;
    private final ObservableSet<String> hidden = FXCollections.observableSet();

    ArticleVisibility(ArticleViewModel vm) {
        this.vm = vm;
        hidden.addListener((SetChangeListener<String>) c -> toggled(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved()));
    }

    /** The hidden kind keys; add or remove one to hide or show it. */
    public ObservableSet<String> hidden() {
        return hidden;
    }

    public void setHidden(String key, boolean hide) {
        if (hide) {
            hidden.add(key);
        } else {
            hidden.remove(key);
        }
    }

    public static String entityKey(String type) {
        return ENTITY_PREFIX + type;
    }

    public static String statusKey(Status s) {
        return STATUS_PREFIX + s.key();
    }

    /** The kind key of an annotation: "entity:ORG", "claim", "source"; null for a relation. */
    public static String kindKey(Annotation a) {
        if (a instanceof Entity e) {
            return entityKey(e.type());
        }
        if (a instanceof Claim) {
            return CLAIM;
        }
        return a instanceof Source ? SOURCE : null;
    }

    /** Whether an annotation of the document is drawn. */
    public boolean shows(Annotation a) {
        if (hidden.isEmpty()) {
            return true;
        }
        String k = kindKey(a);
        return (k == null || !hidden.contains(k)) && !hidden.contains(statusKey(a.status()));
    }

    /** Whether a segment survives the flattening of styles: overlays of a hidden kind do not. */
    boolean drawsSegment(HighlightIndex.Seg s) {
        return !s.owner().startsWith(SuggestionHighlights.OWNER_PREFIX) || !hidden.contains(SUGGESTIONS);
    }

    /** The segments of an annotation, none while its kind or status is hidden. */
    List<HighlightIndex.Seg> segments(DocumentSession s, Annotation a) {
        return shows(a) ? Highlights.segments(s, a) : List.of();
    }

    private void toggled(String key) {
        DocumentSession s = vm.session();
        if (s == null) {
            return;
        }
        DirtyRanges dirty = new DirtyRanges();
        if (key.equals(SUGGESTIONS)) {
            dirty.addAll(vm.index().matching(seg -> seg.owner().startsWith(SuggestionHighlights.OWNER_PREFIX)));
            vm.restyle(dirty);
            return;
        }
        List<Annotation> affected = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Annotation a : s.document().all()) {
            if (key.equals(kindKey(a)) || key.equals(statusKey(a.status()))) {
                affected.add(a);
                ids.add(a.id());
            }
        }
        dirty.addAll(vm.index().removeAll(ids));
        List<HighlightIndex.Seg> segs = new ArrayList<>();
        for (Annotation a : affected) {
            segs.addAll(segments(s, a));
        }
        vm.index().add(segs);
        dirty.addAll(segs);
        vm.restyle(dirty);
    }
}
