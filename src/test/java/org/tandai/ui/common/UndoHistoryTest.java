package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private final List<String> log = new ArrayList<>();

    private Command cmd(String name) {
        return new Command() {
            @Override
            public void execute() {
                log.add("+" + name);
            }

            @Override
            public void undo() {
                log.add("-" + name);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }

    @Test
    void undoAndRedoReplayCommandsInOrder() {
        UndoHistory h = new UndoHistory();
        h.execute(cmd("a"));
        h.execute(cmd("b"));
        assertTrue(h.undo());
        assertTrue(h.undo());
        assertFalse(h.undo());
        assertTrue(h.redo());
        assertEquals(List.of("+a", "+b", "-b", "-a", "+a"), log);
        assertEquals("a", h.undoLabelProperty().get());
        assertEquals("b", h.redoLabelProperty().get());
    }

    @Test
    void undoingBackToTheSavedRevisionClearsUnsaved() {
        UndoHistory h = new UndoHistory();
        assertFalse(h.isDirty());
        h.execute(cmd("a"));
        h.markSaved(h.revision());
        assertFalse(h.isDirty());
        h.execute(cmd("b"));
        assertTrue(h.isDirty());
        h.undo();
        assertFalse(h.isDirty(), "back at the saved state");
        h.undo();
        assertTrue(h.isDirty(), "before the saved state");
    }

    @Test
    void aNewCommandAfterUndoDropsTheRedoBranchAndStaysUnsaved() {
        UndoHistory h = new UndoHistory();
        h.execute(cmd("a"));
        h.markSaved(h.revision());
        h.undo();
        h.execute(cmd("c"));
        assertFalse(h.canRedo());
        assertTrue(h.isDirty(), "a different state from the saved one, even at the same depth");
    }
}
