package org.tandai.ui;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SourceDraft;

/**
 * The dialogs of {@code open --exit}, where nobody is there to answer: an error is printed on
 * stderr and ends the process with exit code 1 ({@code fail}) instead of waiting in a modal
 * dialog for ever; a question is printed and answered "dismiss" (which changes nothing); notices
 * go to the window's own dialogs (status bar and a pop-up that closes by itself).
 */
final class ExitModeDialogs implements DialogService {
    private final DialogService window;
    private final PrintStream err;
    private final Runnable fail;

    ExitModeDialogs(DialogService window, PrintStream err, Runnable fail) {
        this.window = window;
        this.err = err;
        this.fail = fail;
    }

    @Override
    public void showError(String title, String message) {
        err.println("tandai: " + title + ": " + message.replace('\n', ' '));
        fail.run();
    }

    @Override
    public void notify(String message) {
        window.notify(message);
    }

    @Override
    public void notifyWarning(String message) {
        err.println("tandai: warning: " + message);
        window.notifyWarning(message);
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        err.println("tandai: " + title + ": " + message.replace('\n', ' ') + " (not answered: --exit)");
        return Optional.empty();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.empty();
    }

    @Override
    public Optional<SourceDraft> editSource(DocumentSession session, SourceDraft draft) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(Path initial) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFiles(String title, Path initial) {
        return List.of();
    }

    @Override
    public void showText(String title, String text) {
        err.println(text);
    }
}
