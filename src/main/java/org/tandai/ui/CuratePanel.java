package org.tandai.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.tandai.model.Span;
import org.tandai.store.Layer;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.common.Lazy;
import org.tandai.ui.common.TaskRunner;
import org.tandai.ui.curate.CurateHost;
import org.tandai.ui.curate.CurateView;
import org.tandai.ui.curate.CurateViewModel;

/**
 * The window's side of the Curate view (View ▸ Curate): the column that holds the window's panes
 * and, when curating, the Curate panel under them at the window's full width; built on first use. Its {@link CurateHost} is the
 * window's: the article's selection, the status bar, and which layer is open.
 */
final class CuratePanel implements CurateHost {
    private final SplitPane column = new SplitPane();
    private final WorkbenchViewModel vm;
    private final ArticleViewModel articleVm;
    private final Lazy<CurateView> view;

    CuratePanel(Node panes, WorkbenchViewModel vm, ArticleViewModel articleVm, TaskRunner tasks,
                org.tandai.i18n.Messages messages) {
        this.vm = vm;
        this.articleVm = articleVm;
        column.setOrientation(Orientation.VERTICAL);
        column.getStyleClass().add("curate-split");
        column.getItems().add(panes);
        view = new Lazy<>(() -> new CurateView(new CurateViewModel(this, vm.sessionProperty(), tasks, messages), this::hide,
                messages));
    }

    /** The window's panes, with the Curate panel under them while it is shown. */
    Node column() {
        return column;
    }

    /** Shows the panel and reads the open article's annotator layers. */
    void show() {
        CurateView v = view.get();
        if (!column.getItems().contains(v)) {
            column.getItems().add(v);
            column.setDividerPositions(0.55);
        }
        v.viewModel().open();
        v.table().requestFocus();
    }

    void hide() {
        CurateView v = view.get();
        v.viewModel().close();
        column.getItems().remove(v);
    }

    CurateView view() {
        return view.get();
    }

    /**
     * In a team corpus the window opens the annotator's own layer; curating edits the curated one,
     * so the window switches to it (saving first) and further articles open in it too. Runs
     * {@code then} at once when the curated layer is open already.
     */
    @Override
    public void ensureCuratedOpen(Runnable then) {
        if (vm.session() == null) {
            then.run();
        } else {
            vm.openLayer(Layer.CURATED, then);
        }
    }

    @Override
    public void reveal(Span span) {
        articleVm.reveal(span);
    }

    @Override
    public void status(String message) {
        vm.statusProperty().set(message);
    }
}
