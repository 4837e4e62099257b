package org.tandai.ui.guard;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.model.Anchor;
import org.tandai.model.Annotation;
import org.tandai.model.Span;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;

/**
 * The "Orphans" panel: spans that re-anchoring orphaned or marked for review, listed with their old
 * quotes, kept current on every edit (undo brings a row back). Re-attaching an orphan to selected
 * text and clearing a review mark are ordinary undoable edits of the annotation; nothing here ever
 * removes an annotation.
 */
public final class OrphansViewModel {
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final Consumer<List<org.tandai.ui.common.Change>> listener = this::changed;
    private final org.tandai.i18n.Messages messages;
    private DocumentSession session;

    public OrphansViewModel(org.tandai.i18n.Messages messages) {
        this.messages = messages;
    }

    public ObservableList<ReviewItem> items() {
        return items;
    }

    public void setSession(DocumentSession s) {
        if (session != null) {
            session.removeListener(listener);
        }
        session = s;
        if (s != null) {
            s.addListener(listener);
        }
        refresh();
    }

    /**
     * Lists again only when a changed annotation had or has a span to review: the list is every such
     * span, so an edit of annotations whose spans are all OK (nearly every edit) leaves it as it is,
     * and listing walks every span of the document (a few milliseconds of the frame at 10,000).
     */
    private void changed(List<Change> changes) {
        for (Change c : changes) {
            if (needsReview(c.before()) || needsReview(c.after())) {
                refresh();
                return;
            }
        }
    }

    /** Whether {@code a} has a span, or a fragment of one, that is not {@link Anchor#OK}. */
    static boolean needsReview(Annotation a) {
        if (a == null) {
            return false;
        }
        for (org.tandai.model.SpanRef ref : a.spans()) {
            Span sp = ref.span();
            if (sp == null) {
                continue;
            }
            if (sp.anchor() != Anchor.OK) {
                return true;
            }
            if (sp.isMultiFragment()) {
                for (Span f : sp.fragments()) {
                    if (f.anchor() != Anchor.OK) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public void refresh() {
        List<ReviewItem> now = session == null ? List.of() : ReviewItem.of(session.document());
        if (!now.equals(items)) {
            items.setAll(now);
        }
    }

    /**
     * Puts the item's span on {@code selected} (fresh quote and context, anchor OK) as one undoable
     * step. Returns a message for the status bar.
     */
    public String reattach(ReviewItem item, Span selected) {
        if (item == null) {
            return messages.get("orphans.chooseRow");
        }
        if (selected == null) {
            return messages.get("orphans.selectText", item.location());
        }
        Span placed = new Span(selected.start(), selected.end(), selected.exact(), selected.prefix(),
                selected.suffix(), Anchor.OK);
        if (replace(item, placed, messages.get("orphans.edit.reattach", item.location()))) {
            return messages.get("orphans.reattached", item.location(), placed.exact());
        }
        Annotation live = session == null ? null : session.document().find(item.annotationId());
        String why = live == null ? null : org.tandai.anchoring.Orphans.problemAt(live, item.location(), placed);
        return why == null ? messages.get("orphans.cannotReattach", item.location())
                : messages.get("orphans.cannotReattachBecause", item.location(), why);
    }

    /** Accepts a span placed on changed wording: clears its review mark (undoable). */
    public String clearReview(ReviewItem item) {
        if (item == null || item.anchor() != Anchor.REVIEW) {
            return messages.get("orphans.chooseReviewRow");
        }
        return replace(item, item.span().withAnchor(Anchor.OK), messages.get("orphans.edit.clearReview", item.location()))
                ? messages.get("orphans.reviewCleared", item.location()) : messages.get("orphans.cannotChange", item.location());
    }

    private boolean replace(ReviewItem item, Span span, String description) {
        if (session == null) {
            return false;
        }
        Annotation before = session.document().find(item.annotationId());
        Annotation after = before == null ? null : ReviewItem.withSpan(before, item.location(), span);
        if (after == null) {
            return false;
        }
        session.stamp(after);
        return session.apply(description, List.of(Change.replace(before, after)));
    }
}
