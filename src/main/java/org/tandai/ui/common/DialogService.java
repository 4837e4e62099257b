package org.tandai.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the workbench puts to the user. ViewModels call this; the window
 * uses {@link FxDialogService}, tests a scripted fake.
 */
public interface DialogService {
    /** A modal error: what happened and what was kept. */
    void showError(String title, String message);

    /** A transient notice ("Saved"), never blocking. */
    void notify(String message);

    /** A transient warning ("Autosave failed …"), never blocking. */
    void notifyWarning(String message);

    /** Asks a question; returns the index of the chosen option, empty when cancelled. The first option is the default. */
    Optional<Integer> choose(String title, String message, List<String> options);

    /** Asks for a line of text; empty when cancelled. */
    Optional<String> askText(String title, String message, String initial);

    /** Lets the user complete a new source; empty when cancelled. */
    Optional<SourceDraft> editSource(DocumentSession session, SourceDraft draft);

    /** Picks a corpus folder; empty when cancelled. */
    Optional<Path> chooseFolder(Path initial);

    /** Picks a folder for the purpose named by {@code title}; empty when cancelled. */
    default Optional<Path> chooseFolder(String title, Path initial) {
        return chooseFolder(initial);
    }

    /** Picks one or more files to read; empty when cancelled. */
    default List<Path> chooseFiles(String title, Path initial) {
        return List.of();
    }

    /** Shows a reference text (keyboard shortcuts, about). */
    void showText(String title, String text);

    /**
     * Picks a file to write ({@code suggestedName} in {@code initialDir}, of the kind {@code filterName}
     * with the extension {@code extension}, such as "*.png"); empty when cancelled.
     */
    default Optional<Path> chooseSaveFile(String title, Path initialDir, String suggestedName, String filterName,
                                          String extension) {
        return Optional.empty();
    }
}
