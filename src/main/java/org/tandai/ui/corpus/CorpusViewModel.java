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
import org.tandai.store.CorpusLayout;
import org.tandai.store.CorpusMarks;
import org.tandai.store.Layer;
import org.tandai.store.SidecarFormat;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.TaskRunner;

/**
 * The corpus list: the folder's articles with their annotation counts (read in the background)
 * and the "done" marks kept in {@code tandai-corpus.json}, both of the layer open for editing: the
 * curated (sole) layer beside the articles, or an annotator's, whose marks are kept in their own
 * {@code annotators/SLUG/tandai-corpus.json} so that annotators never edit one file.
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
    private final org.tandai.i18n.Messages messages;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private Path folder;
    private final StringProperty folderShown = new SimpleStringProperty("");
    private CorpusLayout layout;
    private Layer layer = Layer.CURATED;
    private CorpusMarks marks;
    /** The rows by article path, in listing order: lookups after each edit and per counted article. */
    private final java.util.Map<Path, Item> byPath = new java.util.LinkedHashMap<>();

    public CorpusViewModel(SidecarStore store, TaskRunner tasks, DialogService dialogs, org.tandai.i18n.Messages messages) {
        this.messages = messages;
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** The open corpus folder's absolute path, "" before one is open: the list's header shows it. */
    public StringProperty folderShownProperty() {
        return folderShown;
    }

    public Path folder() {
        return folder;
    }

    /** The open layer of the list's counts and done marks. */
    public Layer layer() {
        return layer;
    }

    /** {@link #load(CorpusLayout, Layer)} of the curated (sole) layer. */
    public List<Path> load(Path dir) {
        return load(CorpusLayout.withTeamFlag(dir, false), Layer.CURATED);
    }

    /**
     * Lists the folder's articles now (a directory listing is quick), with the done marks of
     * {@code open}; {@link #countAnnotations} counts them in that layer.
     */
    public List<Path> load(CorpusLayout corpus, Layer open) {
        folder = corpus.dir();
        folderShown.set(folder.toAbsolutePath().toString());
        layout = corpus;
        layer = open;
        List<Path> articles;
        try {
            articles = new Corpus(folder).articles();
        } catch (StoreException e) {
            dialogs.showError(messages.get("corpus.cannotOpen"), e.problem().message());
            articles = List.of();
        }
        readMarks();
        List<Item> rows = new ArrayList<>();
        for (Path p : articles) {
            Item it = new Item(p);
            it.done.set(marks != null && marks.isDone(it.name()));
            it.done.addListener((o, a, b) -> {
                if (!showingMarks) {
                    saveMark(it.name(), b);
                }
            });
            rows.add(it);
        }
        items.setAll(rows);
        byPath.clear();
        rows.forEach(it -> byPath.put(it.path, it));
        return articles;
    }

    /**
     * Shows the counts and done marks of another layer of the same folder (the window opened a
     * different layer), keeping the rows.
     */
    public void showLayer(Layer open) {
        if (layout == null || open.equals(layer)) {
            return;
        }
        layer = open;
        readMarks();
        showingMarks = true;
        try {
            for (Item it : items) {
                it.done.set(marks != null && marks.isDone(it.name()));
                it.counts.set("\u2026");
            }
        } finally {
            showingMarks = false;
        }
        countAnnotations();
    }

    private boolean showingMarks;

    private void readMarks() {
        try {
            marks = CorpusMarks.load(layout.folderOf(layer));
        } catch (StoreException e) {
            marks = null;
            dialogs.notifyWarning(messages.get("corpus.marksProblem", e.problem()));
        }
    }

    /**
     * Counts every listed article's annotations in the background, a slice at a time. Each slice is
     * its own task on the shared file thread, so an open or a save queued meanwhile waits for one
     * slice, never for the whole folder; call it after queuing the article to show.
     */
    public void countAnnotations() {
        List<Path> all = new ArrayList<>(byPath.keySet());
        countFrom(folder, all, 0);
    }

    private void countFrom(Path dir, List<Path> all, int from) {
        countFrom(dir, layout, layer, all, from);
    }

    private void countFrom(Path dir, CorpusLayout in, Layer of, List<Path> all, int from) {
        if (from >= all.size() || in != layout || !of.equals(layer)) {
            return;
        }
        tasks.run("count annotations", () -> countSlice(in, of, all, from), slice -> {
            if (!dir.equals(folder) || !of.equals(layer)) {
                return;
            }
            showCounts(slice);
            countFrom(dir, in, of, all, from + slice.size());
        }, e -> { });
    }

    /** Counts from {@code from} on for about {@value #SLICE_MS} ms (at least one article). */
    private List<Counts> countSlice(CorpusLayout in, Layer of, List<Path> articles, int from) {
        long until = System.nanoTime() + SLICE_MS * 1_000_000L;
        List<Counts> out = new ArrayList<>();
        for (int i = from; i < articles.size() && (out.isEmpty() || System.nanoTime() < until); i++) {
            Path p = articles.get(i);
            Path sidecar = in.sidecar(p, of);
            String text;
            if (!java.nio.file.Files.exists(sidecar)) {
                text = messages.get("corpus.notAnnotated");
            } else {
                SidecarFormat.Counts n = SidecarFormat.count(sidecar);
                text = n == null ? messages.get("corpus.unreadable") : summary(n.entities(), n.claims(), n.sources());
            }
            out.add(new Counts(p, text));
        }
        return out;
    }

    private static final long SLICE_MS = 50;

    /** "5 entities · 3 claims · 2 sources". */
    public String summary(AnnotatedDocument d) {
        return summary(d.entities().size(), d.claims().size(), d.sources().size());
    }

    private String summary(int entities, int claims, int sources) {
        return messages.get("corpus.counts", entities, claims, sources);
    }

    private void showCounts(List<Counts> counts) {
        for (Counts c : counts) {
            Item it = byPath.get(c.path());
            if (it != null) {
                it.counts.set(c.text());
            }
        }
    }

    /** Updates the counts of the open article after an edit. */
    public void updateCounts(Path article, AnnotatedDocument doc) {
        Item it = byPath.get(article);
        if (it != null) {
            it.counts.set(summary(doc));
        }
    }

    public Item itemFor(Path article) {
        return byPath.get(article);
    }

    private void saveMark(String name, boolean done) {
        if (marks == null || folder == null) {
            return;
        }
        synchronized (marks) {
            marks.setDone(name, done);
        }
        CorpusLayout in = layout;
        Layer of = layer;
        Path dir = in.folderOf(of);
        CorpusMarks m = marks;
        tasks.run("save done marks", () -> {
            in.ensureFolder(of);
            synchronized (m) {
                m.save(dir, store);
            }
            return null;
        }, x -> { }, e -> dialogs.notifyWarning(messages.get("corpus.markNotSaved", e.getMessage())));
    }
}
