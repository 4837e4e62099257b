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

/** A scripted DialogService: answers queued by the test, everything shown recorded. */
final class FakeDialogs implements DialogService {
    final Deque<Integer> choices = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    UnaryOperator<SourceDraft> sourceForm = d -> d;

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
        return Optional.empty();
    }

    @Override
    public void showText(String title, String text) {
        notices.add(text);
    }
}
