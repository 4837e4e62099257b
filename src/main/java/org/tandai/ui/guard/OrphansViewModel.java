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
    private final Consumer<List<org.tandai.ui.common.Change>> listener = c -> refresh();
    private DocumentSession session;

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
            return "Choose a row in the Orphans list first.";
        }
        if (selected == null) {
            return "Select the text in the article that " + item.location() + " should point to, then re-attach.";
        }
        Span placed = new Span(selected.start(), selected.end(), selected.exact(), selected.prefix(),
                selected.suffix(), Anchor.OK);
        if (replace(item, placed, "Re-attach " + item.location())) {
            return "Re-attached " + item.location() + " to \u201c" + placed.exact() + "\u201d (undo with Ctrl+Z).";
        }
        Annotation live = session == null ? null : session.document().find(item.annotationId());
        String why = live == null ? null : org.tandai.anchoring.Orphans.problemAt(live, item.location(), placed);
        return "Cannot re-attach " + item.location() + (why == null ? "." : ": " + why + ".");
    }

    /** Accepts a span placed on changed wording: clears its review mark (undoable). */
    public String clearReview(ReviewItem item) {
        if (item == null || item.anchor() != Anchor.REVIEW) {
            return "Choose a row marked for review first.";
        }
        return replace(item, item.span().withAnchor(Anchor.OK), "Clear review mark of " + item.location())
                ? "Review mark of " + item.location() + " cleared." : "Cannot change " + item.location() + ".";
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
