package org.tandai.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SourceDraft;

/**
 * A scripted DialogService for tests: choices, folders and file lists answer from queues the test
 * fills (nothing queued: cancelled), the source form from {@link #sourceForm}; every error, notice
 * and question shown is recorded.
 */
public final class FakeDialogs implements DialogService {
    public final Deque<Integer> choices = new ArrayDeque<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public final Deque<List<Path>> files = new ArrayDeque<>();
    /** Answers to {@link #chooseSaveFile}, in order (nothing queued: cancelled). */
    public final Deque<Path> saveFiles = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public UnaryOperator<SourceDraft> sourceForm = d -> d;

    /** Forgets every scripted answer and everything shown, for the next test on a shared window. */
    public void clear() {
        choices.clear();
        folders.clear();
        files.clear();
        saveFiles.clear();
        errors.clear();
        notices.clear();
        questions.clear();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void notifyWarning(String message) {
        notices.add(message);
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        questions.add(message);
        Integer c = choices.poll();
        return c == null || c < 0 ? Optional.empty() : Optional.of(c);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(initial);
    }

    @Override
    public Optional<SourceDraft> editSource(DocumentSession session, SourceDraft draft) {
        return Optional.ofNullable(sourceForm.apply(draft));
    }

    @Override
    public Optional<Path> chooseFolder(Path initial) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public List<Path> chooseFiles(String title, Path initial) {
        List<Path> f = files.poll();
        return f == null ? List.of() : f;
    }

    @Override
    public void showText(String title, String text) {
        notices.add(text);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialDir, String suggestedName, String filterName,
                                         String extension) {
        return Optional.ofNullable(saveFiles.poll());
    }
}
