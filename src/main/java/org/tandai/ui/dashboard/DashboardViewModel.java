package org.tandai.ui.dashboard;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.tandai.dashboard.CorpusSummaries;
import org.tandai.dashboard.CorpusSummary;
import org.tandai.i18n.Messages;
import org.tandai.store.CorpusLayout;
import org.tandai.store.CorpusMarks;
import org.tandai.store.Layer;
import org.tandai.store.SidecarFormat;
import org.tandai.store.StoreException;
import org.tandai.ui.common.TaskRunner;

/**
 * The dashboard's state: the last {@link CorpusSummary} of the open folder, computed on the task
 * thread with its progress, and computed again (debounced) when the corpus's annotation files
 * change on disk or the window has saved. A request while a computation runs is kept and run
 * after it, so the shown numbers always end up those of the files as they are.
 */
public final class DashboardViewModel {
    /** How long a burst of changes (a save, a pull of many files) is waited out before counting again. */
    public static final Duration DEBOUNCE = Duration.millis(600);

    private final TaskRunner tasks;
    private final CorpusSummaries summaries;
    private final Messages messages;
    private final Supplier<Path> folder;
    private final Supplier<Layer> layer;
    private final ObjectProperty<CorpusSummary> summary = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private boolean again;
    /** The files' sizes and times when last counted: a poll counts again only when they differ. */
    private List<String> known;
    private boolean checking;

    public DashboardViewModel(TaskRunner tasks, CorpusSummaries summaries, Messages messages, Supplier<Path> folder,
                              Supplier<Layer> layer) {
        this.tasks = tasks;
        this.summaries = summaries;
        this.messages = messages;
        this.folder = folder;
        this.layer = layer;
        debounce.setOnFinished(e -> refresh());
    }

    public ObjectProperty<CorpusSummary> summaryProperty() {
        return summary;
    }

    /** 0..1 while counting. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the header says: the folder and layer counted, "counting…", or why nothing is shown. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Counts again after {@link #DEBOUNCE}, however many times it is asked meanwhile. */
    public void requestRefresh() {
        debounce.playFromStart();
    }

    /** Counts the open folder now (on the task thread); while counting, once more afterwards. */
    public void refresh() {
        Path dir = folder.get();
        if (dir == null) {
            summary.set(null);
            message.set(messages.get("dashboard.noFolder"));
            return;
        }
        if (busy.get()) {
            again = true;
            return;
        }
        Layer of = layer.get() == null ? Layer.CURATED : layer.get();
        busy.set(true);
        progress.set(0);
        message.set(messages.get("dashboard.counting", dir.getFileName()));
        tasks.run("dashboard of " + dir.getFileName(), () -> {
            List<String> files = fingerprint(dir);
            int[] shown = {-1};
            CorpusSummary s = summaries.compute(dir, of, (n, total) -> {
                int percent = total == 0 ? 100 : n * 100 / total;
                if (percent != shown[0]) { // at most a hundred updates, however large the corpus
                    shown[0] = percent;
                    tasks.onUiThread(() -> progress.set(percent / 100.0));
                }
            });
            return new Counted(s, files);
        }, c -> {
            known = c.files();
            summary.set(c.summary());
            progress.set(1);
            message.set(messages.get("dashboard.counted", c.summary().corpus().getFileName(), c.summary().layer().label(),
                    c.summary().problems().size()));
            finish();
        }, e -> {
            message.set(messages.get("dashboard.failed", dir, e instanceof StoreException se ? se.problem().toString()
                    : String.valueOf(e.getMessage())));
            finish();
        });
    }

    private record Counted(CorpusSummary summary, List<String> files) {
    }

    private void finish() {
        busy.set(false);
        if (again) {
            again = false;
            refresh();
        }
    }

    /**
     * Looks at the corpus's annotation files off the FX thread and counts again when one was changed,
     * added or removed since the last count (another annotator's save, a pull from git).
     */
    public void checkNow() {
        Path dir = folder.get();
        if (dir == null || checking || busy.get() || known == null) {
            return;
        }
        checking = true;
        List<String> before = known;
        tasks.run("check the dashboard's files", () -> fingerprint(dir), now -> {
            checking = false;
            if (!now.equals(before)) {
                requestRefresh();
            }
        }, e -> checking = false);
    }

    /**
     * Name, size and modification time of every file the summary reads:
     * the articles, the sidecars of every layer and each layer's corpus file (its done marks).
     */
    static List<String> fingerprint(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        out.add(dir.toAbsolutePath().normalize().toString());
        List<Path> folders = new ArrayList<>(List.of(dir));
        Path annotators = dir.resolve(CorpusLayout.ANNOTATORS);
        if (Files.isDirectory(annotators)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(annotators, Files::isDirectory)) {
                ds.forEach(folders::add);
            }
        }
        for (Path f : folders) {
            boolean top = f == dir;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(f,
                    p -> p.getFileName().toString().endsWith(SidecarFormat.SUFFIX)
                            || p.getFileName().toString().equals(CorpusMarks.FILE_NAME)
                            || top && p.getFileName().toString().endsWith(".txt"))) {
                for (Path p : ds) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    out.add(dir.relativize(p) + " " + a.size() + " " + a.lastModifiedTime().toMillis());
                }
            }
        }
        out.subList(1, out.size()).sort(null);
        return out;
    }
}
