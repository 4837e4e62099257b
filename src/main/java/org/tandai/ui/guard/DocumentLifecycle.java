package org.tandai.ui.guard;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;
import org.tandai.store.ConflictException;
import org.tandai.store.CorpusLayout;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.store.TagSetStore;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.TaskRunner;

/**
 * The one owner of the open document's lifecycle, for whichever (article, layer) is open: load
 * (with the guard's re-anchoring and recovery questions), save on request and two seconds after
 * the last change, the recovery journal, the watch for outside changes and the conflict choices.
 * The window's ViewModel asks it; its parts ({@link DocumentGuard}, {@link ChangeChoice}) are
 * package-private and answer only to it. Decision record 0900. Loading and saving run on the
 * {@link TaskRunner}, off the JavaFX thread.
 */
public final class DocumentLifecycle {
    /** Autosave delay after the last change. */
    public static final Duration AUTOSAVE_DELAY = Duration.seconds(2);

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final StringProperty annotator;
    private final StringProperty status;
    private final ObjectProperty<DocumentSession> session = new SimpleObjectProperty<>();
    private final ObjectProperty<Layer> layer = new SimpleObjectProperty<>(Layer.CURATED);
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    private final ChangeListener<Number> revisionListener = (o, a, b) -> revisionChanged();
    private final DocumentGuard guard;
    private final org.tandai.i18n.Messages messages;
    private CorpusLayout layout;
    private TagSet tags = TagSet.defaults();
    private Runnable onRendered = () -> { };
    private Runnable onLoaded = () -> { };
    private final EarlyRead early;

    /** {@code annotator} and {@code status} are the window's: who edits, and the status line. */
    public DocumentLifecycle(SidecarStore store, TaskRunner tasks, DialogService dialogs, Clock clock,
                             StringProperty annotator, StringProperty status, org.tandai.i18n.Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
        this.annotator = annotator;
        this.status = status;
        this.guard = new DocumentGuard(store, tasks, dialogs, clock, this, messages);
        this.early = new EarlyRead(tasks, guard);
        autosave.setOnFinished(e -> saveThen(() -> { }, () -> { }));
        session.addListener((o, old, now) -> {
            if (old != null) {
                old.history().revisionProperty().removeListener(revisionListener);
                old.history().savedRevisionProperty().removeListener(revisionListener);
            }
            if (now != null) {
                now.history().revisionProperty().addListener(revisionListener);
                now.history().savedRevisionProperty().addListener(revisionListener);
            }
            revisionChanged();
        });
        annotator.addListener((o, a, b) -> {
            if (session.get() != null) {
                session.get().setAnnotator(b);
            }
        });
    }

    public ObjectProperty<DocumentSession> sessionProperty() {
        return session;
    }

    public DocumentSession session() {
        return session.get();
    }

    /** The layer open for editing (or to be opened by the next {@link #open(Path, Runnable)}). */
    public ReadOnlyObjectProperty<Layer> layerProperty() {
        return layer;
    }

    public Layer layer() {
        return layer.get();
    }

    /** The corpus folder's layout, null before a folder is set. */
    public CorpusLayout layout() {
        return layout;
    }

    /** The files of the open document (its article in the open layer), or null. */
    public DocumentFiles files() {
        DocumentSession s = session.get();
        return s == null || layout == null ? null : layout.files(s.article(), layer.get());
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public TagSet tags() {
        return tags;
    }

    /** Called each time a document has been read (off the FX thread) and before the views get it. */
    public void setOnLoaded(Runnable r) {
        this.onLoaded = r;
    }

    /** Called once each time a document has been loaded and handed to the views. */
    public void setOnRendered(Runnable r) {
        this.onRendered = r;
    }

    private void revisionChanged() {
        DocumentSession s = session.get();
        dirty.set(s != null && s.history().isDirty());
        if (dirty.get() && !s.readOnly()) {
            guard.changed(s);
            if (guard.holdsAutosave(s)) {
                autosave.stop();
            } else {
                autosave.playFromStart();
            }
        } else {
            autosave.stop();
        }
    }

    /**
     * Switches to a corpus folder and the layer to edit in it: reads the tag set (reporting
     * problems) and names the layer's journals left by an earlier session. The open document is
     * not touched; save it first.
     */
    public void setCorpus(CorpusLayout corpus, Layer editLayer) {
        layout = corpus;
        layer.set(editLayer);
        TagSetStore.Result r = TagSetStore.load(corpus.dir());
        tags = org.tandai.ui.common.TagSetLabels.localized(r.tagSet(), messages); // the built-in labels in the window's language
        if (!r.problems().isEmpty()) {
            dialogs.notifyWarning(r.problems().get(0).toString());
        }
        guard.announceJournals(corpus, editLayer);
    }

    /** Opens an article in the current layer, first saving the current document; {@code after} runs once it is shown. */
    public void open(Path article, Runnable after) {
        open(article, layer.get(), after);
    }

    /**
     * Opens an article in a layer (the Curate view opens {@link Layer#CURATED}), first saving the
     * current document; {@code after} runs once it is shown. Nothing happens when that very
     * (article, layer) is open already.
     */
    public void open(Path article, Layer in, Runnable after) {
        DocumentSession current = session.get();
        if (current != null && current.article().equals(article) && in.equals(layer.get())) {
            after.run();
            return;
        }
        saveThen(() -> {
            layer.set(in);
            load(layout.files(article, in), after);
        }, () -> { });
    }

    /**
     * Starts reading the article a folder will open on ({@link #firstToOpen}) before it is asked
     * for. At start-up the folder and the last article are known before the window is built, so
     * the read overlaps building and showing it; {@link #open} takes the result if it is the same
     * (article, layer) and neither file changed since (otherwise it reads them again).
     */
    public void prefetch(Path dir, String lastArticle, Layer in) {
        early.start(dir, lastArticle, in);
    }

    /** The article a folder opens on: the one last worked on when the folder has it, else the first. */
    public static Path firstToOpen(List<Path> articles, String lastArticle) {
        return EarlyRead.firstToOpen(articles, lastArticle);
    }

    /** Loads again from disk, without saving first (after an outside change, or "take theirs"). */
    void reload(DocumentFiles files, Runnable after) {
        load(files, after);
    }

    private void load(DocumentFiles files, Runnable after) {
        Path article = files.article();
        TagSet t = tags;
        CompletableFuture<Prepared> e0 = early.take();
        status.set(messages.get("lifecycle.opening", article.getFileName(), inLayer(files)));
        tasks.run("load " + article.getFileName(), () -> {
            // The file thread runs tasks in order, so a prefetch queued earlier has finished.
            Prepared p = EarlyRead.takeIfFresh(e0, files);
            return p != null ? p : guard.prepare(files, t);
        }, prepared -> loaded(files, prepared, t, after), e -> {
            String msg = e instanceof StoreException se ? se.problem().toString() : String.valueOf(e.getMessage());
            dialogs.showError(messages.get("folder.cannotOpen.title", article.getFileName()), messages.get("lifecycle.openFailed", msg));
            status.set(messages.get("lifecycle.couldNotOpen", article.getFileName()));
        });
    }

    private void loaded(DocumentFiles files, Prepared prepared, TagSet t, Runnable after) {
        Path article = files.article();
        SidecarStore.Loaded loaded = prepared.loaded();
        onLoaded.run();
        String reason = null;
        AnnotatedDocument doc = loaded.document();
        if (prepared.heldBy() != null && doc != null) {
            reason = messages.get("lifecycle.heldElsewhere", prepared.heldBy());
            DocumentSession now = session.get();
            if (now != null && now.article().equals(article) && reason.equals(now.readOnlyReason())) {
                status.set(messages.get("lifecycle.reloadedReadOnly", article.getFileName(), reason));
            } else {
                dialogs.showError(messages.get("lifecycle.openedReadOnly"), files.sidecar().getFileName() + ": " + reason + ".");
            }
        } else if (doc == null || loaded.readOnly()) {
            // The cause goes first in the problems (SidecarStore.load); name its place, so the
            // banner and a refused Ctrl+S say where (line and column for broken JSON).
            Problem first = loaded.problems().isEmpty() ? null : loaded.problems().get(0);
            reason = (first == null ? messages.get("lifecycle.unreadable") : first.message() + " ("
                    + Path.of(first.file()).getFileName() + ", " + first.location() + ")") + messages.get("lifecycle.keptUnchanged");
            if (doc == null) {
                doc = SidecarStore.newDocument(article, loaded.text());
            }
            dialogs.showError(messages.get("lifecycle.openedReadOnly"), loaded.problems().isEmpty()
                    ? files.sidecar().getFileName() + ": " + reason
                    : loaded.problems().get(0).file() + ": " + loaded.problems().get(0).location() + ": " + reason);
        }
        doc = guard.chooseDocument(files, prepared, doc, reason != null);
        DocumentSession s = new DocumentSession(article, loaded.text(), doc, t, reason, annotator.get(), clock, messages);
        session.set(s);
        long errors = loaded.problems().stream().filter(Problem::isError).count();
        status.set(errors == 0 ? messages.get("lifecycle.opened", s.name(), inLayer(files))
                : messages.get("lifecycle.openedWithProblems", s.name(), inLayer(files), errors,
                loaded.problems().stream().filter(Problem::isError).findFirst().map(Problem::toString).orElse("")));
        String conflicts = org.tandai.ui.conflicts.ConflictsViewModel.announcement(messages, s.name(), doc.conflicts().size());
        if (conflicts != null) {
            status.set(conflicts);
        }
        guard.attach(s, prepared);
        after.run();
        onRendered.run();
    }

    /**
     * Ctrl+S: saves now and says what happened. A read-only document is not saved, and the message
     * gives the session's read-only reason, whatever made it read-only.
     */
    public void save() {
        DocumentSession s = session.get();
        if (s == null) {
            status.set(messages.get("lifecycle.nothingToSave"));
        } else if (s.readOnly()) {
            String msg = messages.get("lifecycle.notSavedReadOnly", s.name(), s.readOnlyReason());
            status.set(msg);
            dialogs.notifyWarning(msg);
        } else {
            boolean unsaved = s.history().isDirty();
            saveThen(() -> dialogs.notify(messages.get(unsaved ? "lifecycle.saved" : "lifecycle.alreadySaved", s.name())),
                    () -> { });
        }
    }

    /**
     * Saves the current document if it has unsaved changes, then runs {@code next}; on failure
     * reports what was kept and runs {@code failed}. The JSON is built and written off the FX thread
     * from a shallow snapshot; the revision saved is remembered, so edits made meanwhile stay unsaved.
     */
    public void saveThen(Runnable next, Runnable failed) {
        DocumentSession s = session.get();
        if (s == null || s.readOnly() || !s.history().isDirty()) {
            next.run();
            return;
        }
        autosave.stop();
        long rev = s.history().revision();
        AnnotatedDocument snapshot = s.snapshot();
        saving.set(true);
        tasks.run("save " + s.name(), () -> {
            guard.save(s, snapshot);
            return rev;
        }, saved -> {
            saving.set(false);
            s.history().markSaved(saved);
            guard.saved(s);
            status.set(messages.get("lifecycle.savedAt", s.name(), java.time.LocalTime.now(clock).withNano(0).toString()));
            next.run();
        }, e -> {
            saving.set(false);
            if (e instanceof ConflictException ce) {
                guard.conflict(s, ce, rev, snapshot, next, failed);
                return;
            }
            String msg = e instanceof StoreException se ? se.problem().message() : String.valueOf(e.getMessage());
            status.set(messages.get("lifecycle.saveFailed", msg));
            dialogs.notifyWarning(messages.get("lifecycle.couldNotSave", s.name(), msg));
            failed.run();
        });
    }

    /**
     * Closing: saves first; if that fails, asks whether to close anyway. Runs {@code close} only when
     * nothing would be lost or the user said so.
     */
    public void requestClose(Runnable close) {
        saveThen(close, () -> {
            int answer = dialogs.choose(messages.get("lifecycle.close.title"), messages.get("lifecycle.close.question",
                    session.get().name()), List.of(messages.get("lifecycle.close.keep"), messages.get("lifecycle.close.lose"))).orElse(0);
            if (answer == 1) {
                close.run();
            }
        });
    }

    /** Checks the open document's files for outside changes now (the poller does it every two seconds). */
    public void checkNow() {
        guard.checkNow();
    }

    /** Polls for outside changes every two seconds and whenever {@code focused} becomes true. */
    public void startWatching(ObservableBooleanValue focused) {
        guard.startWatching(focused);
    }

    /** The window is closing: stops polling and journaling and gives up the open article. */
    public void stopWatching() {
        guard.stopWatching();
    }

    void status(String message) {
        status.set(message);
    }

    String annotator() {
        return annotator.get();
    }

    /** " (layer budi)" when an annotator's layer is open, else empty. */
    private String inLayer(DocumentFiles files) {
        return files.layer().isCurated() ? "" : messages.get("lifecycle.inLayer", files.layer().label());
    }
}
