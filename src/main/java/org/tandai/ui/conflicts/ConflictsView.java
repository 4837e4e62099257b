package org.tandai.ui.conflicts;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandai.model.Conflict;

/**
 * The Conflicts tab: one row per merge conflict (where, base, ours, theirs) and two buttons that
 * resolve the selected one. Shown, and announced in the status line, when a file with conflicts opens.
 */
public final class ConflictsView extends VBox {
    private final ConflictsViewModel vm;
    private final TableView<Conflict> table = new TableView<>();
    private final Button ours;
    private final Button theirs;

    public ConflictsView(ConflictsViewModel vm, org.tandai.i18n.Messages messages) {
        this.vm = vm;
        ours = new Button(messages.get("conflicts.takeOurs"));
        theirs = new Button(messages.get("conflicts.takeTheirs"));
        table.setId("conflicts-table");
        table.setItems(vm.conflicts());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("conflicts.empty"));
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().addAll(List.of(column(messages.get("conflicts.col.where"), 90, Conflict::location),
                column(messages.get("conflicts.col.base"), 120, c -> vm.show(c.base(), c.wholeAnnotation())),
                column(messages.get("conflicts.col.ours"), 120, c -> vm.show(c.ours(), c.wholeAnnotation())),
                column(messages.get("conflicts.col.theirs"), 120, c -> vm.show(c.theirs(), c.wholeAnnotation()))));
        VBox.setVgrow(table, Priority.ALWAYS);
        ours.setId("take-ours");
        theirs.setId("take-theirs");
        ours.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        theirs.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        ours.setOnAction(e -> resolve(true));
        theirs.setOnAction(e -> resolve(false));
        HBox buttons = new HBox(6, ours, theirs);
        getChildren().addAll(table, buttons);
        setSpacing(6);
    }

    private void resolve(boolean takeOurs) {
        int row = table.getSelectionModel().getSelectedIndex();
        Conflict c = table.getSelectionModel().getSelectedItem();
        boolean done = takeOurs ? vm.takeOurs(c) : vm.takeTheirs(c);
        if (done && !vm.conflicts().isEmpty()) {
            table.getSelectionModel().select(Math.min(row, vm.conflicts().size() - 1));
        }
    }

    public TableView<Conflict> table() {
        return table;
    }

    private static TableColumn<Conflict, String> column(String name, double width, Function<Conflict, String> f) {
        TableColumn<Conflict, String> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
