package org.tandai.ui.corpus;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The corpus list on the left: article name, counts, and a "done" check box. */
public final class CorpusView extends VBox {
    private final ListView<CorpusViewModel.Item> list = new ListView<>();
    private boolean syncing;

    private final org.tandai.i18n.Messages messages;

    public CorpusView(CorpusViewModel vm, Consumer<Path> open, org.tandai.i18n.Messages messages) {
        this.messages = messages;
        getStyleClass().add("corpus-pane");
        // Wide enough for a seed's article name and its counts (issue 13: both were cut at 1280 px).
        setMinWidth(255);
        Label title = new Label(messages.get("corpus.title"));
        title.getStyleClass().add("panel-title");
        list.setId("corpus-list");
        list.setItems(vm.items());
        list.setCellFactory(l -> new ItemCell());
        Label empty = new Label(messages.get("corpus.empty"));
        empty.getStyleClass().add("placeholder-text");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        // Which folder is open, under the header; the whole path also as the tooltip (issue 13).
        Label folder = new Label();
        folder.setId("corpus-folder");
        folder.getStyleClass().add("corpus-folder");
        folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        Tooltip path = new Tooltip();
        path.textProperty().bind(vm.folderShownProperty());
        folder.setTooltip(path);
        // A long path loses its start, never the folder's own name at its end.
        folder.textProperty().bind(vm.folderShownProperty());
        folder.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, folder, list);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                open.accept(b.path());
            }
        });
    }

    public ListView<CorpusViewModel.Item> list() {
        return list;
    }

    /** Marks the open article's row without reopening it. */
    public void showOpen(CorpusViewModel.Item item) {
        syncing = true;
        list.getSelectionModel().select(item);
        syncing = false;
    }

    private final class ItemCell extends ListCell<CorpusViewModel.Item> {
        private final CheckBox done = new CheckBox();
        private final Label name = new Label();
        private final Label counts = new Label();
        private final HBox box;
        private CorpusViewModel.Item bound;

        ItemCell() {
            // A zero preferred width keeps long names from forcing a horizontal scroll bar; they ellipsize.
            setPrefWidth(0);
            name.getStyleClass().add("corpus-name");
            name.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            counts.getStyleClass().add("corpus-counts");
            counts.setWrapText(true);
            done.setTooltip(new Tooltip(messages.get("corpus.done")));
            done.setFocusTraversable(false);
            VBox text = new VBox(2, name, counts);
            box = new HBox(8, done, text);
            box.getStyleClass().add("corpus-cell");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CorpusViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                done.selectedProperty().unbindBidirectional(bound.doneProperty());
                counts.textProperty().unbind();
            }
            bound = empty ? null : item;
            if (bound == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            counts.textProperty().bind(item.countsProperty());
            done.selectedProperty().bindBidirectional(item.doneProperty());
            setGraphic(box);
        }
    }
}
