package org.tandai.ui.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tandai.i18n.Messages;
import org.tandai.model.Anchor;
import org.tandai.model.Annotation;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.article.HighlightIndex;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;

/**
 * Decides what the structure overlay shows for a stretch of the article (the visible paragraphs):
 * the type labels, the nesting depth of every piece and the arcs of the selected annotation (or of
 * everything in view). It reads the article's highlight index, so its work is proportional to what
 * is in the stretch, not to the document (decision 1140).
 */
public final class StructureViewModel {
    /** View ▸ Labels. */
    public enum LabelMode { OFF, NORMAL, COMPACT }

    private final ArticleViewModel article;
    private final AnnotationSelection selection;
    private final Messages messages;
    private final ObjectProperty<LabelMode> labels = new SimpleObjectProperty<>(LabelMode.OFF);
    private final BooleanProperty allArcs = new SimpleBooleanProperty();

    public StructureViewModel(ArticleViewModel article, AnnotationSelection selection, Messages messages) {
        this.article = article;
        this.selection = selection;
        this.messages = messages;
    }

    public ObjectProperty<LabelMode> labelsProperty() {
        return labels;
    }

    public BooleanProperty allArcsProperty() {
        return allArcs;
    }

    public AnnotationSelection selection() {
        return selection;
    }

    public ArticleViewModel article() {
        return article;
    }

    /** Everything to draw for [from, to) (UTF-16). */
    public Structure compute(int from, int to) {
        DocumentSession s = article.session();
        if (s == null || to <= from) {
            return Structure.empty();
        }
        List<Structure.Piece> pieces = piecesIn(s, article.index(), from, to);
        List<Structure.Label> labelList = labels.get() == LabelMode.OFF ? List.of() : labels(s, pieces, inPieces(from, to));
        List<Structure.Band> bands = new ArrayList<>();
        for (Structure.Kind k : new Structure.Kind[] {Structure.Kind.ENTITY, Structure.Kind.CLAIM, Structure.Kind.CONTENT}) {
            bands.addAll(nesting(pieces.stream().filter(p -> p.kind() == k).toList()));
        }
        return new Structure(labelList, bands, new Arcs(s).arcs(pieces, selection.get(), allArcs.get()));
    }

    /** The annotation pieces overlapping [from, to): one per highlighted fragment, without the window's own (#) marks. */
    static List<Structure.Piece> piecesIn(DocumentSession s, HighlightIndex index, int from, int to) {
        List<Structure.Piece> out = new ArrayList<>();
        for (HighlightIndex.Seg seg : index.overlapping(from, to)) {
            if (seg.owner().startsWith("#")) {
                continue;
            }
            Structure.Kind kind = kindOf(seg.styleClass());
            if (kind == null) {
                continue;
            }
            String type = kind == Structure.Kind.ENTITY && s.find(seg.owner()) instanceof Entity e ? e.type() : null;
            out.add(new Structure.Piece(seg.start(), seg.end(), seg.owner(), kind, type));
        }
        return out;
    }

    static Structure.Kind kindOf(String cls) {
        if (cls.startsWith("ent-")) {
            return Structure.Kind.ENTITY;
        }
        return switch (cls) {
            case "claim" -> Structure.Kind.CLAIM;
            case "cue" -> Structure.Kind.CUE;
            case "content" -> Structure.Kind.CONTENT;
            default -> null;
        };
    }

    /** Owners with a span in pieces in [from, to): only theirs need the look-up of which piece is first. */
    private java.util.Set<String> inPieces(int from, int to) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (HighlightIndex.Seg seg : article.index().overlapping(from, to)) {
            if (seg.styleClass().equals("fragment")) {
                out.add(seg.owner());
            }
        }
        return out;
    }

    /** One label per span, over its first piece: a later fragment of a span in pieces gets none. */
    private List<Structure.Label> labels(DocumentSession s, List<Structure.Piece> pieces, java.util.Set<String> inPieces) {
        List<Structure.Label> out = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        boolean compact = labels.get() == LabelMode.COMPACT;
        for (Structure.Piece p : pieces) {
            if (inPieces.contains(p.owner()) && !firstPiece(s, p)) {
                continue;
            }
            String text = compact ? "" : switch (p.kind()) {
                case ENTITY -> codes.computeIfAbsent(p.type(), StructureViewModel::typeCode);
                case CLAIM -> messages.get("labels.claim");
                case CUE -> messages.get("labels.cue");
                case CONTENT -> messages.get("labels.content");
            };
            out.add(new Structure.Label(p, text));
        }
        return out;
    }

    /** "PERSON" → "PER", "ORGANIZATION" → "ORG": the short codes brat and INCEpTION show. */
    static String typeCode(String type) {
        if (type == null || type.isEmpty()) {
            return "?";
        }
        String t = type.toUpperCase(Locale.ROOT);
        return t.length() <= 4 ? t : t.substring(0, 3);
    }

    private boolean firstPiece(DocumentSession s, Structure.Piece p) {
        Span sp = article.spanAt(p.owner(), p.start());
        if (sp == null || !sp.isMultiFragment()) {
            return true;
        }
        for (Span f : sp.fragments()) {
            if (f.anchor() != Anchor.ORPHANED) {
                return s.text().toUtf16(f.start()) == p.start();
            }
        }
        return true;
    }

    /**
     * The nesting depth of each piece of one group, for the pieces that take part in nesting (they
     * contain or overlap another piece of the group, or are inside one). A sweep by start, the
     * longest first: the depth is the number of open pieces that still reach past the start.
     */
    static List<Structure.Band> nesting(List<Structure.Piece> group) {
        List<Structure.Piece> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(Structure.Piece::start).thenComparing(Comparator.comparingInt(
                Structure.Piece::length).reversed()).thenComparing(Structure.Piece::owner));
        Deque<Structure.Piece> open = new ArrayDeque<>();
        Map<Structure.Piece, Integer> depth = new HashMap<>();
        Set<Structure.Piece> nested = new LinkedHashSet<>();
        List<Structure.Piece> levels = new ArrayList<>(); // levels.get(d): the piece last put at depth d
        for (Structure.Piece p : sorted) {
            open.removeIf(o -> o.end() <= p.start());
            int d = 0;
            while (d < levels.size() && levels.get(d).end() > p.start()) {
                d++;
            }
            if (d == levels.size()) {
                levels.add(p);
            } else {
                levels.set(d, p);
            }
            if (!open.isEmpty()) {
                nested.add(p);
                nested.addAll(open);
            }
            depth.put(p, d);
            open.addLast(p);
        }
        List<Structure.Band> out = new ArrayList<>();
        for (Structure.Piece p : nested) {
            out.add(new Structure.Band(p, depth.get(p)));
        }
        return out;
    }

    /** The UTF-16 range of a span's first live fragment, or null. */
    static int[] range(DocumentSession s, Span sp) {
        if (sp == null) {
            return null;
        }
        for (Span f : sp.fragments()) {
            if (f.anchor() != Anchor.ORPHANED) {
                return new int[] {s.text().toUtf16(f.start()), s.text().toUtf16(f.end())};
            }
        }
        return null;
    }

    /** The mention of an entity nearest to a UTF-16 offset (a speaker is drawn from the mention closest to its cue). */
    static int[] nearestMention(DocumentSession s, Entity e, int near) {
        int[] best = null;
        long bestDist = Long.MAX_VALUE;
        for (Span m : e.mentions()) {
            int[] r = range(s, m);
            if (r != null && Math.abs((long) r[0] - near) < bestDist) {
                bestDist = Math.abs((long) r[0] - near);
                best = r;
            }
        }
        return best;
    }

    /** The range an arc starts or ends on for an annotation: its anchor, or for an entity the mention nearest {@code near}. */
    static int[] endOf(DocumentSession s, Annotation a, int near) {
        if (a instanceof Entity e) {
            return nearestMention(s, e, near);
        }
        if (a instanceof Relation r) {
            return endOf(s, s.find(r.from()), near);
        }
        if (a instanceof Source src && src.cue() != null) {
            return range(s, src.cue());
        }
        return a == null ? null : range(s, a.anchorSpan());
    }
}
