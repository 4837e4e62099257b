package org.tandai.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.tandai.ui.sources.SourceDialog;

/**
 * The window's {@link DialogService}: modal JavaFX dialogs for questions and ControlsFX
 * notifications for transient notices. When notifications cannot be shown (no window yet, or a
 * headless run) the notice goes to the status line instead, so it is never lost.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final java.util.function.Consumer<String> statusFallback;
    private final org.tandai.i18n.Messages messages;

    public FxDialogService(Supplier<Window> owner, java.util.function.Consumer<String> statusFallback, org.tandai.i18n.Messages messages) {
        this.messages = messages;
        this.owner = owner;
        this.statusFallback = statusFallback;
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(480);
        a.showAndWait();
    }

    @Override
    public void notify(String message) {
        statusFallback.accept(message);
        show(message, false);
    }

    @Override
    public void notifyWarning(String message) {
        statusFallback.accept(message);
        show(message, true);
    }

    /** ControlsFX notices do not wrap: a long one grew past the window's left edge and was cut off. */
    private static final int NOTICE_LINE = 72;

    /** Breaks {@code text} at spaces into lines of at most {@code width} characters (longer words stay whole). */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int lineStart = out.length();
            for (String word : paragraph.split(" ")) {
                if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
                    out.append('\n');
                    lineStart = out.length();
                } else if (out.length() > lineStart) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }

    private void show(String message, boolean warning) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            return;
        }
        try {
            Notifications n = Notifications.create().owner(w).text(wrap(message, NOTICE_LINE)).position(Pos.BOTTOM_RIGHT)
                    .hideAfter(Duration.seconds(warning ? 8 : 2.5));
            if (warning) {
                n.title(messages.get("app.name")).showWarning();
            } else {
                n.showInformation();
            }
        } catch (RuntimeException e) {
            // A notice that cannot pop up is still in the status bar (set above).
        }
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            buttons.add(new ButtonType(options.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        ButtonType cancel = cancel();
        buttons.add(cancel);
        a.getButtonTypes().setAll(buttons);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == cancel) {
            return Optional.empty();
        }
        int i = buttons.indexOf(r.get());
        return i < 0 || i >= options.size() ? Optional.empty() : Optional.of(i);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(message);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, cancel());
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<SourceDraft> editSource(DocumentSession session, SourceDraft draft) {
        return SourceDialog.show(owner.get(), session, draft);
    }

    @Override
    public Optional<Path> chooseFolder(Path initial) {
        return chooseFolder(messages.get("dialog.openCorpus"), initial);
    }

    @Override
    public List<Path> chooseFiles(String title, Path initial) {
        javafx.stage.FileChooser c = new javafx.stage.FileChooser();
        c.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) {
            c.setInitialDirectory(initial.toFile());
        }
        List<java.io.File> files = c.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) {
            c.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(c.showDialog(owner.get())).map(f -> f.toPath());
    }

    /** JavaFX has no Indonesian for its own Cancel button: this one is in the window's language. */
    private ButtonType cancel() {
        return new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public void showText(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefSize(560, 520);
        a.getDialogPane().setContent(area);
        a.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialDir, String suggestedName, String filterName,
                                         String extension) {
        javafx.stage.FileChooser c = new javafx.stage.FileChooser();
        c.setTitle(title);
        if (initialDir != null && initialDir.toFile().isDirectory()) {
            c.setInitialDirectory(initialDir.toFile());
        }
        c.setInitialFileName(suggestedName);
        c.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(filterName, extension));
        return Optional.ofNullable(c.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }
}
