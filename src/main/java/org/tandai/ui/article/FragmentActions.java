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
    private final org.tandai.i18n.Messages messages;

    public FragmentActions(ArticleViewModel article, AnnotationSelection selection, DialogService dialogs,
                           BooleanSupplier snapToWords, Consumer<String> status, org.tandai.i18n.Messages messages) {
        this.messages = messages;
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
            status.accept(messages.get("pieces.held", n));
        } else {
            status.accept(messages.get("pieces.selectFirst"));
        }
    }

    /** Escape: forgets the pieces. */
    public boolean clearPieces() {
        boolean had = article.pieces().clear();
        if (had) {
            status.accept(messages.get("pieces.cleared"));
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
            status.accept(messages.get("conflicts.readOnly", s.readOnlyReason()));
            return;
        }
        AnnotationSelection.Selected sel = selection.get();
        Annotation a = sel == null ? null : s.find(sel.id());
        if (a == null || a.spans().isEmpty()) {
            status.accept(messages.get("pieces.selectAnnotation"));
            return;
        }
        Span piece = article.pieces().span(snapToWords.getAsBoolean());
        if (piece == null) {
            status.accept(messages.get("pieces.selectText"));
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
            status.accept(messages.get("pieces.overlaps", Edits.label(messages, a)));
            return;
        }
        article.pieces().clear();
        article.selectText(article.selectionEndProperty().get(), article.selectionEndProperty().get());
        // Keep the same span selected (an entity's mention is selected by its span).
        selection.select(a.id(), sel.span() == null ? null : grown);
        status.accept(messages.get("pieces.added", Edits.label(messages, a), ref.location(), grown.fragmentCount()));
    }

    /**
     * A source without content: the selection may become its content rather than a piece of its
     * cue (issue 13: a source saved without content could not get one). Returns whether to go on
     * and add the selection to the cue (false: made the content, or the question was cancelled).
     */
    private boolean setAsContentOrGoOn(DocumentSession s, Source src, Span piece) {
        Optional<Integer> pick = dialogs.choose(messages.get("pieces.source.title"), messages.get("pieces.source.question", src.id()),
                List.of(messages.get("pieces.source.content", piece.exact()), messages.get("pieces.source.cue", src.cue().exact())));
        if (pick.isEmpty() || pick.get() != 0) {
            return pick.isPresent();
        }
        if (new Edits(s).update(src.id(), messages.get("pieces.edit.content", src.id()), Source.class, x -> x.setContent(piece))) {
            article.pieces().clear();
            article.collapseSelection();
            selection.select(src.id(), null);
            status.accept(messages.get("pieces.contentSet", src.id()));
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
        Optional<Integer> pick = dialogs.choose(messages.get("pieces.which.title"), messages.get("pieces.which.question", Edits.label(messages, a)),
                refs.stream().map(r -> r.location() + ": \u201c" + r.span().exact() + "\u201d").toList());
        return pick.isEmpty() ? null : refs.get(pick.get());
    }
}
