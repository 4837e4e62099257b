package org.tandai.ui.relations;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandai.model.Relation;
import org.tandai.model.Status;
import org.tandai.ui.common.AttributesForm;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.AttributeEdits;
import org.tandai.ui.common.FormSync;
import org.tandai.ui.common.Forms;

/**
 * Relations: a table (id, type, from, to, status, note) and a form for the selected relation,
 * whose type offers only the types the tag set allows for its ends. Selecting a row selects the
 * relation, which reveals its from end in the article; the From and To links go to either end.
 */
public final class RelationsView extends VBox {
    private final RelationsViewModel vm;
    private final TableView<Relation> table = new TableView<>();
    private final ObservableList<String> typeChoices = FXCollections.observableArrayList();
    private final ComboBox<String> type = new ComboBox<>(typeChoices);
    private final ComboBox<Status> status = new ComboBox<>(FXCollections.observableArrayList(Status.values()));
    private final Hyperlink from = new Hyperlink();
    private final Hyperlink to = new Hyperlink();
    private final TextField note = new TextField();
    private final Button swap = new Button();
    private final Button delete = new Button();
    private final org.tandai.i18n.Messages messages;
    private final AttributesForm attributes;
    private final GridPane grid = Forms.grid();
    private final FormSync<Relation> sync = new FormSync<>(table, this::session);

    public RelationsView(RelationsViewModel vm) {
        this.vm = vm;
        messages = vm.messages();
        attributes = new AttributesForm("relation", messages.get("attributes.heading"), messages);
        swap.setText(messages.get("relations.swap"));
        delete.setText(messages.get("relations.delete"));
        table.setId("relations-table");
        table.setItems(vm.relations());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("relations.empty"));
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().addAll(List.of(column(messages.get("relations.col.id"), 40, Relation::id),
                column(messages.get("entities.col.type"), 80, r -> RelationsViewModel.typeLabel(messages, session().tags(), r.type())),
                column(messages.get("relations.col.from"), 130, r -> RelationsViewModel.end(session(), r.from())),
                column(messages.get("relations.col.to"), 130, r -> RelationsViewModel.end(session(), r.to())),
                column(messages.get("relations.col.status"), 70, r -> r.status().key()),
                column(messages.get("common.note"), 80, r -> r.note() == null ? "" : r.note())));
        VBox.setVgrow(table, Priority.ALWAYS);
        buildForm();
        getChildren().addAll(table, grid, attributes);
        sync.follow(vm.selection(), this::fill);
        sync.selectFromOutside(vm.selection().get()); // built when first shown (decision 1225): show what is selected already
        vm.onEndsChanged(table::refresh);
        vm.relations().addListener((ListChangeListener<Relation>) c -> sync.selectFromOutside(vm.selection().get()));
    }

    public TableView<Relation> table() {
        return table;
    }

    private TableColumn<Relation, String> column(String name, double width, Function<Relation, String> f) {
        TableColumn<Relation, String> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(session() == null ? "" : f.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private void buildForm() {
        Label heading = new Label(messages.get("relations.form.heading"));
        heading.getStyleClass().add("form-heading");
        grid.add(heading, 0, 0, 2, 1);
        type.setId("relation-type");
        status.setId("relation-status");
        note.setId("relation-note");
        from.setId("relation-from");
        to.setId("relation-to");
        swap.setId("relation-swap");
        delete.setId("relation-delete");
        type.setConverter(Forms.converter(n -> session() == null ? n : RelationsViewModel.typeLabel(messages, session().tags(), n)));
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Status s) {
                return s == null ? "" : s.key();
            }

            @Override
            public Status fromString(String s) {
                return Status.fromKey(s);
            }
        });
        Forms.row(grid, 1, messages.get("entities.col.type"), type);
        Forms.row(grid, 2, messages.get("relations.col.from"), from);
        Forms.row(grid, 3, messages.get("relations.col.to"), to);
        Forms.row(grid, 4, messages.get("relations.col.status"), status);
        Forms.row(grid, 5, messages.get("common.note"), note);
        HBox buttons = new HBox(6, swap, delete);
        grid.add(buttons, 1, 6);
        type.valueProperty().addListener((o, a, b) -> sync.withSelected(r -> vm.setType(r.id(), b)));
        status.valueProperty().addListener((o, a, b) -> sync.withSelected(r -> vm.setStatus(r.id(), b)));
        Forms.commitOnLeave(note, v -> sync.withShown(id -> vm.setNote(id, v)));
        from.setOnAction(e -> goTo(true));
        to.setOnAction(e -> goTo(false));
        swap.setOnAction(e -> sync.withSelected(r -> vm.swap(r.id())));
        delete.setOnAction(e -> sync.withSelected(r -> vm.delete(r.id())));
        grid.setDisable(true);
    }

    private void goTo(boolean fromEnd) {
        Relation r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            vm.selection().select(fromEnd ? r.from() : r.to(), null);
        }
    }

    private void fill(Relation r) {
        sync.show(r, id -> vm.setNote(id, note.getText()), () -> {
            DocumentSession s = session();
            boolean editable = r != null && s != null && !s.readOnly();
            grid.setDisable(r == null || s == null);
            type.setDisable(!editable);
            status.setDisable(!editable);
            note.setDisable(!editable);
            delete.setDisable(!editable);
            typeChoices.setAll(r == null ? List.of() : vm.allowedTypes(r));
            type.setValue(r == null ? null : r.type());
            status.setValue(r == null ? null : r.status());
            from.setText(r == null || s == null ? "" : RelationsViewModel.end(s, r.from()));
            to.setText(r == null || s == null ? "" : RelationsViewModel.end(s, r.to()));
            note.setText(r == null || r.note() == null ? "" : r.note());
            swap.setDisable(!editable || !vm.canSwap(r));
            attributes.show(s == null ? null : s.tags(), r == null ? null : r.attributes(), editable,
                    (n, v) -> {
                        if (session() == s) {
                            new AttributeEdits(s).setAttribute(r.id(), n, v);
                        }
                    });
        });
    }

    /** The document shown (for the form: its text is never committed into another one). */
    private DocumentSession session() {
        return vm.session();
    }
}
