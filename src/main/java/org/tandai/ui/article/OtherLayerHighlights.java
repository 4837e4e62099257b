package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Anchor;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;
import org.tandai.ui.common.Describe;
import org.tandai.ui.common.DocumentSession;

/**
 * Other annotators' layers drawn over the article, read-only (issue 11, decision 0906): each span
 * of a shown layer gets the class {@value #PEER} (a dotted outline, no fill) and the layer's colour
 * class. Their segments live in the article's {@link HighlightIndex} under one owner per layer,
 * {@code #layer/KEY}: owners that start with {@code #} are never returned by
 * {@link ArticleViewModel#annotationsAt}, so a click, a key or a selection can never reach them, and
 * the panels never list them. One owner per layer makes hiding it one pass over the index; showing
 * or hiding a layer restyles only the stretches its spans cover.
 */
public final class OtherLayerHighlights {
    /** The class every span of another layer wears, with its layer's colour class. */
    public static final String PEER = "peer";
    private static final String OWNER = "#layer/";

    private final ArticleViewModel vm;
    /** Shown layers by key, in the order they were shown: their document and label. */
    private final Map<String, Shown> shown = new LinkedHashMap<>();

    private record Shown(String label, DocumentSession layer) {
    }

    OtherLayerHighlights(ArticleViewModel vm) {
        this.vm = vm;
    }

    /**
     * Draws a layer's annotations (replacing what was drawn for {@code key}). {@code layer} holds
     * the other annotator's document over the open article's text; {@code colourClass} tells the
     * layers apart. Returns how many spans were left out because they no longer match the text.
     */
    public int show(String key, String label, String colourClass, DocumentSession layer) {
        DirtyRanges dirty = new DirtyRanges();
        removeInto(key, dirty);
        DocumentSession open = vm.session();
        if (open == null) {
            return 0;
        }
        ArticleText t = open.text();
        String owner = OWNER + key;
        List<HighlightIndex.Seg> segs = new ArrayList<>();
        int skipped = 0;
        for (Annotation a : layer.document().all()) {
            for (SpanRef ref : a.spans()) {
                if (ref.span() == null) {
                    continue;
                }
                for (Span f : ref.span().fragments()) {
                    if (!drawable(t, f)) {
                        // Drawn at its offsets it would mark other words: the text changed since.
                        skipped++;
                        continue;
                    }
                    int from = t.toUtf16(f.start());
                    int to = t.toUtf16(f.end());
                    if (to > from) {
                        segs.add(new HighlightIndex.Seg(from, to, PEER, owner));
                        segs.add(new HighlightIndex.Seg(from, to, colourClass, owner));
                    }
                }
            }
        }
        vm.index().add(segs);
        dirty.addAll(segs);
        shown.put(key, new Shown(label, layer));
        vm.restyle(dirty);
        return skipped;
    }

    /** Stops drawing a layer; restyles where it was. */
    public void hide(String key) {
        DirtyRanges dirty = new DirtyRanges();
        removeInto(key, dirty);
        vm.restyle(dirty);
    }

    /** Stops drawing every layer. */
    public void hideAll() {
        DirtyRanges dirty = new DirtyRanges();
        for (String key : List.copyOf(shown.keySet())) {
            removeInto(key, dirty);
        }
        vm.restyle(dirty);
    }

    /** The keys of the layers drawn now, in the order they were shown. */
    public List<String> shownKeys() {
        return List.copyOf(shown.keySet());
    }

    /** The article changed: its index was rebuilt without any layer, so nothing is drawn. */
    void forget() {
        shown.clear();
    }

    private void removeInto(String key, DirtyRanges dirty) {
        if (shown.remove(key) != null) {
            dirty.addAll(vm.index().remove(OWNER + key));
        }
    }

    /**
     * What the other layers have at a character, for the tooltip: "Layer bob: Claim c1 · …", one
     * line per annotation whose drawn span covers it. Scans the shown layers' annotations: a hover
     * is rare next to the index's work, and one owner per layer keeps hiding cheap.
     */
    public List<String> describeAt(int utf16) {
        List<String> out = new ArrayList<>();
        DocumentSession open = vm.session();
        if (open == null || shown.isEmpty()) {
            return out;
        }
        ArticleText t = open.text();
        int cp = t.toCodePoint(utf16);
        for (Shown s : shown.values()) {
            for (Annotation a : s.layer().document().all()) {
                if (covers(t, a, cp)) {
                    out.add(s.label() + ": " + Describe.annotation(s.layer(), a));
                }
            }
        }
        return out;
    }

    private static boolean covers(ArticleText t, Annotation a, int cp) {
        for (SpanRef ref : a.spans()) {
            if (ref.span() == null) {
                continue;
            }
            for (Span f : ref.span().fragments()) {
                if (f.start() <= cp && cp < f.end() && drawable(t, f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A fragment is drawn where it was anchored and its quote is still the text there. */
    private static boolean drawable(ArticleText t, Span f) {
        return f.anchor() != Anchor.ORPHANED && t.matches(f.start(), f.end(), f.exact());
    }
}
