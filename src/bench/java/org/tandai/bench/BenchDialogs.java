package org.tandai.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SourceDraft;

/** Dialogs for the UI benchmark: never blocks; choices take the first option; errors are printed. */
final class BenchDialogs implements DialogService {
    @Override
    public void showError(String title, String message) {
        System.err.println("ui-dialog: " + title + ": " + message);
    }

    @Override
    public void notify(String message) {
        // Notifications need no answer.
    }

    @Override
    public void notifyWarning(String message) {
        System.err.println("ui-warning: " + message);
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        return Optional.of(0);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(initial);
    }

    @Override
    public Optional<SourceDraft> editSource(DocumentSession session, SourceDraft draft) {
        return Optional.of(draft);
    }

    @Override
    public Optional<Path> chooseFolder(Path initial) {
        return Optional.empty();
    }

    @Override
    public void showText(String title, String text) {
        // Nothing to show in a benchmark.
    }
}
