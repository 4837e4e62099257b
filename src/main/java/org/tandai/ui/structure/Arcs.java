package org.tandai.ui.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;

/**
 * The arcs to draw: for the selected annotation, speaker → cue → content of its attributions, the
 * {@code via} chain and its typed relations; with "All Arcs in View", those of every source and
 * relation with an end in the stretch. Ends outside the stretch are kept: the overlay takes them
 * to the top or bottom edge.
 */
final class Arcs {
    static final String SPEAKER = "speaker";
    static final String CONTENT = "content";
    static final String VIA = "via";
    static final String RELATION = "relation";

    private final DocumentSession s;
    private final Map<String, Structure.Arc> out = new LinkedHashMap<>();

    Arcs(DocumentSession s) {
        this.s = s;
    }

    List<Structure.Arc> arcs(List<Structure.Piece> pieces, AnnotationSelection.Selected selected, boolean all) {
        Set<String> visible = new LinkedHashSet<>();
        Set<String> visibleSources = new LinkedHashSet<>();
        for (Structure.Piece p : pieces) {
            visible.add(p.owner());
            if (p.kind() == Structure.Kind.CUE || p.kind() == Structure.Kind.CONTENT) {
                visibleSources.add(p.owner());
            }
        }
        if (all) {
            for (String id : visibleSources) {
                if (s.find(id) instanceof Source src) {
                    source(src, false);
                }
            }
            for (Relation r : s.document().relations()) {
                if (visible.contains(r.from()) || visible.contains(r.to())) {
                    relation(r);
                }
            }
        }
        Annotation a = selected == null ? null : s.find(selected.id());
        if (a != null) {
            selectedArcs(a, visibleSources);
        }
        return new ArrayList<>(out.values());
    }

    private void selectedArcs(Annotation a, Set<String> visibleSources) {
        if (a instanceof Source src) {
            source(src, true);
        } else if (a instanceof Relation r) {
            relation(r);
        } else {
            for (String id : visibleSources) {
                if (s.find(id) instanceof Source src && (a instanceof Entity && a.id().equals(src.speaker())
                        || a instanceof Claim && src.claimIds().contains(a.id()))) {
                    source(src, true);
                }
            }
        }
        for (Relation r : s.document().relations()) {
            if (a.id().equals(r.from()) || a.id().equals(r.to())) {
                relation(r);
            }
        }
    }

    /** Speaker → cue → content, then the via chain (all of it when {@code chain}, else its first step). */
    private void source(Source src, boolean chain) {
        int[] cue = StructureViewModel.range(s, src.cue());
        int[] content = StructureViewModel.range(s, src.content());
        int[] said = cue != null ? cue : content;
        if (said == null) {
            return;
        }
        if (src.speaker() != null && s.find(src.speaker()) instanceof Entity speaker) {
            add(StructureViewModel.nearestMention(s, speaker, said[0]), said, SPEAKER, src.id());
        }
        if (cue != null && content != null) {
            add(cue, content, CONTENT, src.id());
        }
        Set<String> seen = new HashSet<>();
        seen.add(src.id());
        Source at = src;
        int[] from = said;
        while (at.via() != null && seen.add(at.via()) && s.find(at.via()) instanceof Source via) {
            int[] to = StructureViewModel.endOf(s, via, from[0]);
            add(from, to, VIA, at.id());
            if (!chain || to == null) {
                break;
            }
            at = via;
            from = to;
        }
    }

    private void relation(Relation r) {
        Annotation from = s.find(r.from());
        Annotation to = s.find(r.to());
        int[] a = StructureViewModel.endOf(s, from, Integer.MAX_VALUE / 2);
        int[] b = a == null ? null : StructureViewModel.endOf(s, to, a[0]);
        if (b != null) {
            a = StructureViewModel.endOf(s, from, b[0]); // the from end nearest the to end
        }
        add(a, b, r.type() == null ? RELATION : r.type(), r.id());
    }

    private void add(int[] from, int[] to, String label, String owner) {
        if (from == null || to == null || from[0] == to[0] && from[1] == to[1]) {
            return;
        }
        String key = from[0] + ":" + to[0] + ":" + label;
        out.putIfAbsent(key, new Structure.Arc(from[0], from[1], to[0], to[1], label, owner, label));
    }
}
