package org.tandai.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The unlimited undo history of one document. Every state of the document has a revision number:
 * each executed command gets a fresh one, and undo/redo move between them. "Unsaved" simply means
 * the current revision differs from the one last saved, so undoing back to the saved state clears
 * the marker. Uses JavaFX properties (not nodes), so it works without a toolkit.
 */
public final class UndoHistory {
    private record Entry(Command command, long revisionBefore, long revisionAfter) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper savedRevision = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final BooleanBinding dirty = Bindings.notEqual(revision, savedRevision);
    private long nextRevision = 1;

    /** Executes the command and records it; clears the redo stack. */
    public void execute(Command c) {
        c.execute();
        long before = revision.get();
        long after = nextRevision++;
        undo.push(new Entry(c, before, after));
        redo.clear();
        revision.set(after);
        updateLabels();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Reverts the last command; returns false when there is nothing to undo. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Entry e = undo.pop();
        e.command().undo();
        redo.push(e);
        revision.set(e.revisionBefore());
        updateLabels();
        return true;
    }

    /** Re-applies the last undone command; returns false when there is nothing to redo. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Entry e = redo.pop();
        e.command().redo();
        undo.push(e);
        revision.set(e.revisionAfter());
        updateLabels();
        return true;
    }

    /** Records that the state with this revision is what the file on disk now holds. */
    public void markSaved(long rev) {
        savedRevision.set(rev);
    }

    public long revision() {
        return revision.get();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRevisionProperty() {
        return savedRevision.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    /** "Undo New claim", or "" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public int size() {
        return undo.size();
    }

    private void updateLabels() {
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().command().describe());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().command().describe());
    }
}
