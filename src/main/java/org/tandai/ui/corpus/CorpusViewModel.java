package org.tandai.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.model.AnnotatedDocument;
import org.tandai.store.Corpus;
import org.tandai.store.CorpusMarks;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.TaskRunner;

/**
 * The corpus list: the folder's articles with their annotation counts (read in the background)
 * and the "done" marks kept in {@code tandai-corpus.json}.
 */
public final class CorpusViewModel {
    /** One article row. */
    public static final class Item {
        private final Path path;
        private final StringProperty counts = new SimpleStringProperty("\u2026");
        private final BooleanProperty done = new SimpleBooleanProperty();

        Item(Path path) {
            this.path = path;
        }

        public Path path() {
            return path;
        }

        public String name() {
            return path.getFileName().toString();
        }

        public StringProperty countsProperty() {
            return counts;
        }

        public BooleanProperty doneProperty() {
            return done;
        }
    }

    private record Counts(Path path, String text) {
    }

    private final SidecarStore store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private Path folder;
    private CorpusMarks marks;

    public CorpusViewModel(SidecarStore store, TaskRunner tasks, DialogService dialogs) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public Path folder() {
        return folder;
    }

    /** Lists the folder's articles now (a directory listing is quick) and counts them in the background. */
    public List<Path> load(Path dir) {
        folder = dir.toAbsolutePath().normalize();
        List<Path> articles;
        try {
            articles = new Corpus(folder).articles();
        } catch (StoreException e) {
            dialogs.showError("Cannot open folder", e.problem().message());
            articles = List.of();
        }
        try {
            marks = CorpusMarks.load(folder);
        } catch (StoreException e) {
            marks = null;
            dialogs.notifyWarning(e.problem().message() + "; done marks are shown as empty and will not be saved over it.");
        }
        List<Item> rows = new ArrayList<>();
        for (Path p : articles) {
            Item it = new Item(p);
            it.done.set(marks != null && marks.isDone(it.name()));
            it.done.addListener((o, a, b) -> saveMark(it.name(), b));
            rows.add(it);
        }
        items.setAll(rows);
        List<Path> toCount = List.copyOf(articles);
        tasks.run("count annotations", () -> countAll(toCount), this::showCounts, e -> { });
        return articles;
    }

    private static List<Counts> countAll(List<Path> articles) {
        List<Counts> out = new ArrayList<>();
        for (Path p : articles) {
            Path sidecar = SidecarStore.sidecarFor(p);
            String text;
            if (!java.nio.file.Files.exists(sidecar)) {
                text = "not annotated";
            } else {
                try {
                    SidecarReader.Result r = SidecarStore.readSidecar(sidecar);
                    text = r.document() == null ? "unreadable annotations" : summary(r.document());
                } catch (StoreException e) {
                    text = "unreadable annotations";
                }
            }
            out.add(new Counts(p, text));
        }
        return out;
    }

    /** "5 entities · 3 claims · 2 sources". */
    public static String summary(AnnotatedDocument d) {
        return plural(d.entities().size(), "entity", "entities") + " \u00b7 " + plural(d.claims().size(), "claim", "claims")
                + " \u00b7 " + plural(d.sources().size(), "source", "sources");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void showCounts(List<Counts> counts) {
        for (Counts c : counts) {
            for (Item it : items) {
                if (it.path.equals(c.path())) {
                    it.counts.set(c.text());
                }
            }
        }
    }

    /** Updates the counts of the open article after an edit. */
    public void updateCounts(Path article, AnnotatedDocument doc) {
        for (Item it : items) {
            if (it.path.equals(article)) {
                it.counts.set(summary(doc));
            }
        }
    }

    public Item itemFor(Path article) {
        for (Item it : items) {
            if (it.path.equals(article)) {
                return it;
            }
        }
        return null;
    }

    private void saveMark(String name, boolean done) {
        if (marks == null || folder == null) {
            return;
        }
        synchronized (marks) {
            marks.setDone(name, done);
        }
        Path dir = folder;
        CorpusMarks m = marks;
        tasks.run("save done marks", () -> {
            synchronized (m) {
                m.save(dir, store);
            }
            return null;
        }, x -> { }, e -> dialogs.notifyWarning("Could not save the done mark: " + e.getMessage()));
    }
}
