package org.tandai.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.tandai.model.TagSet;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Layer;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.TaskRunner;
import org.tandai.ui.guard.DocumentLifecycle;

/**
 * The window's state around the open document: which corpus folder and which layer, the title, the
 * status line and undo/redo. The document's lifecycle itself (load, guard, journal, save) belongs
 * to one {@link DocumentLifecycle}; this ViewModel asks it. In a team corpus
 * ({@link CorpusLayout#teamMode}) the layer opened for editing is the annotator's own
 * ({@link Layer#ofAnnotator}); otherwise the curated (sole) layer beside the articles.
 */
public final class WorkbenchViewModel {
    /** Autosave delay after the last change. */
    public static final Duration AUTOSAVE_DELAY = DocumentLifecycle.AUTOSAVE_DELAY;

    private final DialogService dialogs;
    private final org.tandai.i18n.Messages messages;
    private final StringProperty annotator = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty layerProblem = new SimpleStringProperty();
    private final StringBinding title;
    private final StringBinding layerLabel;
    private final DocumentLifecycle lifecycle;
    private Path folder;

    public WorkbenchViewModel(SidecarStore store, TaskRunner tasks, DialogService dialogs, Clock clock, String annotator,
            org.tandai.i18n.Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.annotator.set(annotator);
        this.lifecycle = new DocumentLifecycle(store, tasks, dialogs, clock, this.annotator, status, messages);
        this.layerLabel = Bindings.createStringBinding(() -> {
            CorpusLayout l = lifecycle.layout();
            Layer open = lifecycle.layer();
            return l != null && (l.teamMode() || !open.isCurated()) ? messages.get("status.layer", open.label()) : "";
        }, lifecycle.layerProperty(), lifecycle.sessionProperty());
        this.title = Bindings.createStringBinding(() -> {
            DocumentSession s = lifecycle.session();
            return s == null ? messages.get("app.name") : messages.get("app.name") + " \u2014 " + s.name()
                    + (lifecycle.dirtyProperty().get() ? "*" : "") + (s.readOnly() ? messages.get("title.readOnly") : "")
                    + (layerLabel.get().isEmpty() ? "" : " [" + layerLabel.get() + "]");
        }, lifecycle.sessionProperty(), lifecycle.dirtyProperty(), layerLabel);
    }

    public ObjectProperty<DocumentSession> sessionProperty() {
        return lifecycle.sessionProperty();
    }

    public DocumentSession session() {
        return lifecycle.session();
    }

    public StringBinding titleBinding() {
        return title;
    }

    /** "layer: budi" in a team corpus (or whenever an annotator's layer is open), else empty: for the status bar. */
    public StringBinding layerLabelBinding() {
        return layerLabel;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty annotatorProperty() {
        return annotator;
    }

    public BooleanProperty dirtyProperty() {
        return lifecycle.dirtyProperty();
    }

    public BooleanProperty savingProperty() {
        return lifecycle.savingProperty();
    }

    public Path folder() {
        return folder;
    }

    public TagSet tags() {
        return lifecycle.tags();
    }

    /** The open layer (the curated one in a one-person corpus). */
    public ReadOnlyObjectProperty<Layer> layerProperty() {
        return lifecycle.layerProperty();
    }

    /** The layout of the open corpus folder (null before one is open): the peers and Curate views read layers through it. */
    public CorpusLayout layout() {
        return lifecycle.layout();
    }

    /** Why the annotator's own layer cannot be used (a name with no slug), or null. */
    public String layerProblem() {
        return layerProblem.get();
    }

    /** Called each time a document has been read (off the FX thread) and before the views get it. */
    public void setOnLoaded(Runnable r) {
        lifecycle.setOnLoaded(r);
    }

    /** Called once each time a document has been loaded and handed to the views. */
    public void setOnRendered(Runnable r) {
        lifecycle.setOnRendered(r);
    }

    /**
     * Switches to a corpus folder: reads its layout and tag set (reporting problems), picks the
     * layer to edit ({@link #editLayer}) and forgets nothing on disk. Save the open document first.
     */
    public void setFolder(Path dir) {
        folder = dir.toAbsolutePath().normalize();
        CorpusLayout layout;
        try {
            layout = CorpusLayout.of(folder);
        } catch (StoreException e) {
            dialogs.notifyWarning(messages.get("workbench.layoutProblem", e.problem()));
            layout = CorpusLayout.withTeamFlag(folder, false);
        }
        lifecycle.setCorpus(layout, editLayer(layout));
    }

    /**
     * The layer this annotator edits in a corpus: their own in team mode, else the curated (sole)
     * one. A name with no letter or digit has no layer folder: then the curated layer opens, and
     * the window says why (it never guesses a folder).
     */
    Layer editLayer(CorpusLayout layout) {
        layerProblem.set(null);
        if (!layout.teamMode()) {
            return Layer.CURATED;
        }
        try {
            return Layer.ofAnnotator(annotator.get());
        } catch (IllegalArgumentException e) {
            String msg = messages.get("workbench.noOwnLayer", e.getMessage());
            layerProblem.set(msg);
            dialogs.notifyWarning(msg);
            return Layer.CURATED;
        }
    }

    /** The layer {@link #editLayer} picks for this folder now (for the start-up read ahead). */
    public Layer editLayerOf(Path dir) {
        try {
            CorpusLayout layout = CorpusLayout.of(dir.toAbsolutePath().normalize());
            return layout.teamMode() ? Layer.ofAnnotator(annotator.get()) : Layer.CURATED;
        } catch (StoreException | IllegalArgumentException e) {
            return Layer.CURATED;
        }
    }

    /** Opens an article in the open layer, first saving the current one; {@code after} runs once it is shown. */
    public void open(Path article, Runnable after) {
        lifecycle.open(article, after);
    }

    /**
     * Opens the current article (or, with none open, nothing) in another layer, saving first; the
     * Curate view calls {@code openLayer(Layer.CURATED)}. Further articles then open in that layer.
     */
    public void openLayer(Layer layer) {
        openLayer(layer, () -> { });
    }

    /** {@link #openLayer(Layer)}, then {@code after} once that layer is shown (at once when it already is). */
    public void openLayer(Layer layer, Runnable after) {
        DocumentSession s = lifecycle.session();
        if (s == null) {
            status.set(messages.get("status.noArticle"));
            return;
        }
        lifecycle.open(s.article(), layer, after);
    }

    /** See {@link DocumentLifecycle#prefetch}; reads ahead in the layer this folder opens in. */
    public void prefetch(Path dir, String lastArticle) {
        lifecycle.prefetch(dir, lastArticle, editLayerOf(dir));
    }

    /** The article a folder opens on: the one last worked on when the folder has it, else the first. */
    public static Path firstToOpen(List<Path> articles, String lastArticle) {
        return DocumentLifecycle.firstToOpen(articles, lastArticle);
    }

    /** Ctrl+S: see {@link DocumentLifecycle#save}. */
    public void save() {
        lifecycle.save();
    }

    /** See {@link DocumentLifecycle#saveThen}. */
    public void saveThen(Runnable next, Runnable failed) {
        lifecycle.saveThen(next, failed);
    }

    /** See {@link DocumentLifecycle#requestClose}. */
    public void requestClose(Runnable close) {
        lifecycle.requestClose(close);
    }

    /** The owner of the open document's lifecycle (tests call {@code checkNow()} on it). */
    public DocumentLifecycle lifecycle() {
        return lifecycle;
    }

    public void undo() {
        DocumentSession s = lifecycle.session();
        if (s != null && s.history().canUndo()) {
            String what = s.history().undoLabelProperty().get();
            s.history().undo();
            status.set(messages.get("status.undid", what));
        }
    }

    public void redo() {
        DocumentSession s = lifecycle.session();
        if (s != null && s.history().canRedo()) {
            String what = s.history().redoLabelProperty().get();
            s.history().redo();
            status.set(messages.get("status.redid", what));
        }
    }
}
