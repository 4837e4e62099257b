package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fxmisc.richtext.model.StyleSpans;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.Describe;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.FlagText;
import org.tandai.ui.common.Theme;
import org.tandai.ui.common.WordBounds;

/**
 * State of the article pane: the text selection (UTF-16, the area's unit), the highlight index and
 * its incremental restyling, find, and what the mouse or caret points at. The view only mirrors
 * this; code points appear only when spans are made, through {@link ArticleText}.
 */
public final class ArticleViewModel {
    /** Receives "restyle [a, b)" requests; a full reload is (0, length) after {@link #textProperty()} changed. */
    public interface Restyler {
        void restyle(int from, int to);
    }

    private final AnnotationSelection selection;
    private final ObjectProperty<DocumentSession> session = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final IntegerProperty selStart = new SimpleIntegerProperty();
    private final IntegerProperty selEnd = new SimpleIntegerProperty();
    private final HighlightIndex index = new HighlightIndex();
    private final Consumer<List<Change>> onChange = this::changed;
    private Restyler restyler = (a, b) -> { };
    private Consumer<int[]> revealer = r -> { };
    private final PieceSelection pieces = new PieceSelection(this);
    private final OtherLayerHighlights otherLayers = new OtherLayerHighlights(this);
    private final ArticleFind find = new ArticleFind(this);
    private final ArticleVisibility visibility = new ArticleVisibility(this);

    public ArticleViewModel(AnnotationSelection selection) {
        this.selection = selection;
        session.addListener((o, old, now) -> load(old, now));
        selection.property().addListener((o, old, now) -> selectionChanged(old, now));
    }

    public ObjectProperty<DocumentSession> sessionProperty() {
        return session;
    }

    public DocumentSession session() {
        return session.get();
    }

    /** The article text as the area shows it. */
    public StringProperty textProperty() {
        return text;
    }

    public IntegerProperty selectionStartProperty() {
        return selStart;
    }

    public IntegerProperty selectionEndProperty() {
        return selEnd;
    }

    public StringProperty findQueryProperty() {
        return find.queryProperty();
    }

    public ReadOnlyIntegerProperty findCountProperty() {
        return find.countProperty();
    }

    /** Selects the next (or previous) find match after the caret; returns false when there is none. */
    public boolean findNext(boolean forward) {
        return find.next(forward);
    }

    /** "3 of 12", "no matches" or "" for the find bar. */
    public String findStatus(org.tandai.i18n.Messages messages) {
        return find.status(messages);
    }

    public void setRestyler(Restyler r) {
        this.restyler = r;
    }

    /** Receives {start, end} ranges (UTF-16) the view should select and scroll to. */
    public void setRevealer(Consumer<int[]> r) {
        this.revealer = r;
    }

    /** Runs when a switch to another corpus folder cleared the find (the view closes its find bar). */
    public void setFindReset(Runnable r) {
        find.setReset(r);
    }

    /** The pieces of a selection in several pieces (Ctrl+drag). */
    public PieceSelection pieces() {
        return pieces;
    }

    /** Other annotators' layers drawn read-only over the text (issue 11). */
    public OtherLayerHighlights otherLayers() {
        return otherLayers;
    }

    /** What the article leaves undrawn (View ▸ Show, the legend). */
    public ArticleVisibility visibility() {
        return visibility;
    }

    void restyle(DirtyRanges dirty) {
        dirty.restyle(restyler);
    }

    public HighlightIndex index() {
        return index;
    }

    public StyleSpans<Collection<String>> styles(int from, int to) {
        return UnderlineGaps.mark(text.get(), from,
                index.styles(from, to, visibility.hidden().isEmpty() ? null : visibility::drawsSegment));
    }

    /** The current selection as a code-point span, or null when nothing is selected. */
    public Span selectedSpan(boolean snap) {
        DocumentSession s = session.get();
        int a = Math.min(selStart.get(), selEnd.get());
        int b = Math.max(selStart.get(), selEnd.get());
        if (s == null || a == b) {
            return null;
        }
        if (snap) {
            int[] r = WordBounds.snap(s.text().text(), a, b);
            a = r[0];
            b = r[1];
        }
        ArticleText t = s.text();
        return Span.of(t, t.toCodePoint(a), t.toCodePoint(b));
    }

    /** Selects a range of the text (UTF-16) and scrolls it into view. */
    public void selectText(int from, int to) {
        selStart.set(from);
        selEnd.set(to);
        revealer.accept(new int[] {from, to});
    }

    /**
     * Collapses the text selection to a caret at its end: called once a selection became an
     * annotation, so the area's selection fill no longer paints the old, unsnapped range over the
     * new highlight (issue 13).
     */
    public void collapseSelection() {
        int b = Math.max(selStart.get(), selEnd.get());
        selectText(b, b);
    }

    /** Selects and reveals a code-point span. */
    public void reveal(Span span) {
        DocumentSession s = session.get();
        if (s != null && span != null) {
            selectText(s.text().toUtf16(span.start()), s.text().toUtf16(span.end()));
        }
    }

    /** Annotation ids at a character, most specific first. */
    public List<String> annotationsAt(int utf16) {
        List<String> out = new ArrayList<>();
        for (String owner : index.ownersAt(utf16)) {
            if (!owner.startsWith("#")) {
                out.add(owner);
            }
        }
        return out;
    }

    /** A click on the text: selects the annotation under it (cycling on repeated clicks) or clears. */
    public void clickAt(int utf16) {
        List<String> ids = annotationsAt(utf16);
        if (ids.isEmpty()) {
            return;
        }
        String current = selection.id();
        int i = ids.indexOf(current);
        String next = ids.get(i < 0 ? 0 : (i + 1) % ids.size());
        selection.select(next, spanAt(next, utf16));
    }

    /** The span of an annotation that covers the character, for entities with several mentions. */
    public Span spanAt(String id, int utf16) {
        DocumentSession s = session.get();
        Annotation a = s == null ? null : s.find(id);
        if (a == null) {
            return null;
        }
        int cp = s.text().toCodePoint(utf16);
        for (Span sp : Highlights.spansOf(a)) {
            if (sp.contains(cp)) {
                return sp;
            }
        }
        return a.anchorSpan();
    }

    /**
     * The mouse is over a character (-1: over none): when a span in pieces is there, all its
     * pieces get the "hovered" class, so the whole span shows. Restyles only those pieces.
     */
    public void hoverAt(int utf16) {
        DirtyRanges dirty = new DirtyRanges();
        dirty.addAll(index.remove("#hover"));
        List<String> ids = utf16 < 0 ? List.of() : annotationsAt(utf16);
        if (!ids.isEmpty()) {
            Span sp = spanAt(ids.get(0), utf16);
            if (sp != null && sp.isMultiFragment()) {
                List<HighlightIndex.Seg> segs = new ArrayList<>();
                Highlights.addSeg(segs, session.get().text(), sp, "hovered", "#hover");
                index.add(segs);
                dirty.addAll(segs);
            }
        }
        dirty.restyle(restyler);
    }

    /** What a highlight is, for the tooltip: one line per annotation at the character. */
    public String describeAt(int utf16) {
        DocumentSession s = session.get();
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String id : annotationsAt(utf16)) {
            String line = Describe.annotation(s, s.find(id));
            if (line != null) {
                sb.append(sb.length() == 0 ? "" : "\n").append(line);
            }
        }
        for (String line : otherLayers.describeAt(utf16)) {
            sb.append(sb.length() == 0 ? "" : "\n").append(line);
        }
        return sb.toString();
    }

    private void load(DocumentSession old, DocumentSession now) {
        if (old != null) {
            old.removeListener(onChange);
        }
        pieces.forget();
        otherLayers.forget();
        List<HighlightIndex.Seg> all = new ArrayList<>();
        if (now != null) {
            now.addListener(onChange);
            for (Annotation a : now.document().all()) {
                all.addAll(visibility.segments(now, a));
            }
        }
        index.reset(all);
        selStart.set(0);
        selEnd.set(0);
        // Flags are shown as "[ID]", as long in UTF-16 as the emoji, so offsets stay the article's.
        text.set(now == null ? "" : FlagText.readable(now.text().text()));
        find.documentShown(now);
        restyler.restyle(0, text.get().length());
    }

    private void changed(List<Change> changes) {
        DocumentSession s = session.get();
        DirtyRanges dirty = new DirtyRanges();
        for (Change c : changes) {
            dirty.addAll(index.remove(c.id()));
            if (c.after() != null) {
                List<HighlightIndex.Seg> segs = visibility.segments(s, c.after());
                index.add(segs);
                dirty.addAll(segs);
            }
        }
        AnnotationSelection.Selected sel = selection.get();
        if (sel != null) {
            refreshSelected(sel, dirty);
        }
        dirty.restyle(restyler);
    }

    /** Moves the "selected" highlight to {@code sel}, noting both the old and new places as dirty. */
    private void refreshSelected(AnnotationSelection.Selected sel, DirtyRanges dirty) {
        dirty.addAll(index.remove("#selected"));
        List<HighlightIndex.Seg> segs = selectedSegments(sel);
        index.add(segs);
        dirty.addAll(segs);
    }

    private void selectionChanged(AnnotationSelection.Selected old, AnnotationSelection.Selected now) {
        DirtyRanges dirty = new DirtyRanges();
        refreshSelected(now, dirty);
        dirty.restyle(restyler);
    }

    private List<HighlightIndex.Seg> selectedSegments(AnnotationSelection.Selected sel) {
        DocumentSession s = session.get();
        List<HighlightIndex.Seg> out = new ArrayList<>();
        if (sel == null || s == null) {
            return out;
        }
        Annotation a = s.find(sel.id());
        if (a == null) {
            return out;
        }
        List<Span> spans = sel.span() != null ? List.of(sel.span()) : Highlights.spansOf(a);
        for (Span sp : spans) {
            Highlights.addSeg(out, s.text(), sp, "selected", "#selected");
        }
        return out;
    }

    /** Moves the selection edges by words: {@code endSide} picks the edge, {@code grow} the direction. */
    public void adjustSelection(boolean endSide, boolean grow) {
        String t = text.get();
        int a = Math.min(selStart.get(), selEnd.get());
        int b = Math.max(selStart.get(), selEnd.get());
        if (endSide) {
            b = grow ? WordBounds.nextWordEnd(t, b) : Math.max(a, WordBounds.previousWordEnd(t, b, a));
        } else {
            a = grow ? WordBounds.previousWordStart(t, a) : Math.min(b, WordBounds.nextWordStart(t, a, b));
        }
        selectText(a, b);
    }

    /** Snaps the selection to whole words. */
    public void snapSelection() {
        int a = Math.min(selStart.get(), selEnd.get());
        int b = Math.max(selStart.get(), selEnd.get());
        int[] r = WordBounds.snap(text.get(), a, b);
        selectText(r[0], r[1]);
    }

    /** The label of the tag set type for the legend: "1 Person". */
    public static String legendLabel(TagSet.EntityType t) {
        return (t.key() == null ? "" : t.key() + "  ") + t.label();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
