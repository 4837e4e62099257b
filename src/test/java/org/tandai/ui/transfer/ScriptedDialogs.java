package org.tandai.ui.transfer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SourceDraft;

/** A DialogService whose folder and file choosers answer from queues the test fills; notices recorded. */
final class ScriptedDialogs implements DialogService {
    final Deque<Path> folders = new ArrayDeque<>();
    final Deque<List<Path>> files = new ArrayDeque<>();
    final List<String> notices = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

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
        return Optional.empty();
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
}
