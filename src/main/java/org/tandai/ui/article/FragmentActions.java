package org.tandai.ui.article;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tandai.model.Annotation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;

/**
 * The commands of spans in pieces: hold the selection as a piece (Ctrl+Shift+A, as Ctrl+drag
 * does), clear the pieces (Escape), and add the selection as a fragment of the selected
 * annotation's span (Ctrl+Shift+F), which is one undoable edit.
 */
public final class FragmentActions {
    private final ArticleViewModel article;
    private final AnnotationSelection selection;
    private final DialogService dialogs;
    private final BooleanSupplier snapToWords;
    private final Consumer<String> status;

    public FragmentActions(ArticleViewModel article, AnnotationSelection selection, DialogService dialogs,
                           BooleanSupplier snapToWords, Consumer<String> status) {
        this.article = article;
        this.selection = selection;
        this.dialogs = dialogs;
        this.snapToWords = snapToWords;
        this.status = status;
    }

    /** Ctrl+Shift+A: the selection becomes a piece; select the next one. */
    public void holdPiece() {
        if (article.pieces().holdLive()) {
            int n = article.pieces().heldCount();
            status.accept(n + (n == 1 ? " piece" : " pieces") + " held. Select the next piece (drag, or Shift+arrows) and press"
                    + " Ctrl+Shift+A again, or a type key, C or S; Esc clears the pieces.");
        } else {
            status.accept("Select some text first; Ctrl+Shift+A then keeps it as one piece of the selection.");
        }
    }

    /** Escape: forgets the pieces. */
    public boolean clearPieces() {
        boolean had = article.pieces().clear();
        if (had) {
            status.accept("Pieces cleared.");
        }
        return had;
    }

    /**
     * Ctrl+Shift+F: adds the selection (all its pieces) to the selected annotation's span: the
     * selected mention of an entity, a claim's span, or (asked when there are two) a source's cue
     * or content.
     */
    public void addToSelected() {
        DocumentSession s = article.session();
        if (s == null) {
            return;
        }
        if (s.readOnly()) {
            status.accept("This document is read-only: " + s.readOnlyReason());
            return;
        }
        AnnotationSelection.Selected sel = selection.get();
        Annotation a = sel == null ? null : s.find(sel.id());
        if (a == null || a.spans().isEmpty()) {
            status.accept("Select an entity mention, a claim or a source first (click its highlight or row).");
            return;
        }
        Span piece = article.pieces().span(snapToWords.getAsBoolean());
        if (piece == null) {
            status.accept("Select the text to add first (drag, or Shift+arrow keys).");
            return;
        }
        if (a instanceof Source src && src.content() == null && !setAsContentOrGoOn(s, src, piece)) {
            return;
        }
        SpanRef ref = target(a, sel.span());
        if (ref == null) {
            return;
        }
        Span grown = new Edits(s).addFragment(a.id(), ref, piece);
        if (grown == null) {
            status.accept("Not added: the selection overlaps a piece " + Edits.label(a) + " already has.");
            return;
        }
        article.pieces().clear();
        article.selectText(article.selectionEndProperty().get(), article.selectionEndProperty().get());
        // Keep the same span selected (an entity's mention is selected by its span).
        selection.select(a.id(), sel.span() == null ? null : grown);
        status.accept("Added a fragment to " + Edits.label(a) + " (" + ref.location() + "), now in "
                + grown.fragmentCount() + " pieces. Ctrl+Z takes it back.");
    }

    /**
     * A source without content: the selection may become its content rather than a piece of its
     * cue (issue 13: a source saved without content could not get one). Returns whether to go on
     * and add the selection to the cue (false: made the content, or the question was cancelled).
     */
    private boolean setAsContentOrGoOn(DocumentSession s, Source src, Span piece) {
        Optional<Integer> pick = dialogs.choose("Add to the source", "Source " + src.id() + " has no content yet.",
                List.of("Make \u201c" + piece.exact() + "\u201d its content", "Add it to the cue \u201c" + src.cue().exact() + "\u201d"));
        if (pick.isEmpty() || pick.get() != 0) {
            return pick.isPresent();
        }
        if (new Edits(s).update(src.id(), "set the content of " + src.id(), Source.class, x -> x.setContent(piece))) {
            article.pieces().clear();
            article.collapseSelection();
            selection.select(src.id(), null);
            status.accept("Set the content of source " + src.id() + ". Ctrl+Z takes it back.");
        }
        return false;
    }

    /** Which span of {@code a} to grow: the selected one, the only one, or the one the user picks. */
    private SpanRef target(Annotation a, Span selectedSpan) {
        List<SpanRef> refs = a.spans();
        for (SpanRef r : refs) {
            if (r.span().equals(selectedSpan)) {
                return r;
            }
        }
        if (refs.size() == 1) {
            return refs.get(0);
        }
        Optional<Integer> pick = dialogs.choose("Add a fragment", "Which span of " + Edits.label(a) + " gets the selection?",
                refs.stream().map(r -> r.location() + ": \u201c" + r.span().exact() + "\u201d").toList());
        return pick.isEmpty() ? null : refs.get(pick.get());
    }
}
