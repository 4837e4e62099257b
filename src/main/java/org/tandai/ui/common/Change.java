package org.tandai.ui.common;

import org.tandai.model.Annotation;

/**
 * One annotation replaced by another: {@code before == null} adds, {@code after == null} removes.
 * Annotations inside a document are never mutated in place: an edit copies, changes the copy, and
 * swaps it in with a Change. That makes undo exact and lets a save serialize a shallow snapshot off
 * the JavaFX thread.
 */
public record Change(Annotation before, Annotation after, int index) {
    public String id() {
        return after != null ? after.id() : before.id();
    }

    public Change inverse() {
        return new Change(after, before, index);
    }

    public static Change add(Annotation a) {
        return new Change(null, a, -1);
    }

    public static Change remove(Annotation a, int index) {
        return new Change(a, null, index);
    }

    public static Change replace(Annotation before, Annotation after) {
        return new Change(before, after, -1);
    }
}
