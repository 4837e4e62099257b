package org.tandai.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tandai.model.Span;

/**
 * The annotation the user is looking at, shared by the article and the three panels: clicking a
 * highlight selects the row, selecting a row highlights and scrolls to the span. {@code span} is the
 * particular span meant (one mention of an entity), or null for the whole annotation.
 */
public final class AnnotationSelection {
    public record Selected(String id, Span span) {
    }

    private final ReadOnlyObjectWrapper<Selected> selected = new ReadOnlyObjectWrapper<>();

    public void select(String id, Span span) {
        selected.set(id == null ? null : new Selected(id, span));
    }

    public void clear() {
        selected.set(null);
    }

    public Selected get() {
        return selected.get();
    }

    public String id() {
        Selected s = selected.get();
        return s == null ? null : s.id();
    }

    public ReadOnlyObjectProperty<Selected> property() {
        return selected.getReadOnlyProperty();
    }
}
