package org.tandai.ui.common;

/**
 * One undoable edit. {@link #execute()} runs it the first time, {@link #undo()} reverts it and
 * {@link #redo()} re-applies it; {@link #describe()} names it for the Edit menu ("Undo New claim").
 */
public interface Command {
    void execute();

    void undo();

    default void redo() {
        execute();
    }

    String describe();
}
