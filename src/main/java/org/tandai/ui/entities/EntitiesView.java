package org.tandai.ui.entities;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Forms;

/**
 * Entities as a tree table: one row per entity (name, type, mention count), expanding to its
 * mentions. Names edit in place; the form below edits the full record.
 */
public final class EntitiesView extends VBox {
    private final EntitiesViewModel vm;
    private final TreeTableView<Object> table = new TreeTableView<>(new TreeItem<>());
    private final TextField name = new TextField();
    private final SearchableComboBox<String> type = new SearchableComboBox<>();
    private final TextField externalId = new TextField();
    private final TextField note = new TextField();
    private final GridPane form = Forms.grid();
    private boolean syncing;
    /** The entity the form shows; edits commit to it even if the table selection has moved on. */
    private String shownId;

    public EntitiesView(EntitiesViewModel vm) {
        this.vm = vm;
        table.setId("entities-table");
        table.setShowRoot(false);
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder("No entities yet. Select a name in the article and press a type key (1\u20139)."));

        TreeTableColumn<Object, String> nameCol = new TreeTableColumn<>("Name");
        nameCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue().getValue())));
        nameCol.setCellFactory(c -> new TextFieldTreeTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                if (getTableRow() != null && getTableRow().getItem() instanceof Entity) {
                    super.startEdit();
                }
            }
        });
        nameCol.setOnEditCommit(e -> {
            if (e.getRowValue().getValue() instanceof Entity en) {
                vm.rename(en.id(), e.getNewValue());
            }
        });
        nameCol.setPrefWidth(200);
        TreeTableColumn<Object, Object> typeCol = new TreeTableColumn<>("Type");
        typeCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        typeCol.setCellFactory(c -> new TypeCell(vm));
        typeCol.setPrefWidth(110);
        TreeTableColumn<Object, String> countCol = new TreeTableColumn<>("Mentions");
        countCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() instanceof Entity e
                ? Integer.toString(e.mentions().size()) : ""));
        countCol.setPrefWidth(70);
        countCol.setStyle("-fx-alignment: center-right;");
        table.getColumns().addAll(List.of(nameCol, typeCol, countCol));
        VBox.setVgrow(table, Priority.ALWAYS);

        buildForm();
        getChildren().addAll(table, form);
        vm.entities().addListener(this::listChanged);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> rowSelected(b));
        vm.selection().property().addListener((o, a, b) -> selectFromOutside(b));
    }

    public TreeTableView<Object> table() {
        return table;
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder-text");
        return l;
    }

    static String text(Object o) {
        if (o instanceof Entity e) {
            return e.name();
        }
        if (o instanceof Mention m) {
            return "\u201c" + m.span().exact() + "\u201d  " + org.tandai.ui.common.Describe.shorten(m.span().suffix().strip(), 28);
        }
        return "";
    }

    /** A mention row under its entity. */
    record Mention(String entityId, Span span) {
    }

    private void buildForm() {
        Label heading = new Label("Entity");
        heading.getStyleClass().add("form-heading");
        form.add(heading, 0, 0, 2, 1);
        name.setId("entity-name");
        Forms.row(form, 1, "Name", name);
        Forms.row(form, 2, "Type", type);
        Forms.row(form, 3, "External id", externalId);
        Forms.row(form, 4, "Note", note);
        externalId.setPromptText("e.g. Wikidata Q-id");
        Forms.commitOnLeave(name, v -> withShown(id -> vm.rename(id, v)));
        Forms.commitOnLeave(externalId, v -> withShown(id -> vm.setExternalId(id, v)));
        Forms.commitOnLeave(note, v -> withShown(id -> vm.setNote(id, v)));
        type.setConverter(Forms.converter(n -> {
            DocumentSession s = vm.session();
            TagSet.EntityType t = s == null ? null : s.tags().entityType(n);
            return t == null ? n : t.label();
        }));
        type.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                withSelected(e -> vm.setType(e.id(), b));
            }
        });
        form.setDisable(true);
    }

    private void withSelected(java.util.function.Consumer<Entity> f) {
        if (syncing) {
            return;
        }
        TreeItem<Object> item = table.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof Entity e) {
            f.accept(e);
        }
    }

    private void withShown(java.util.function.Consumer<String> f) {
        if (!syncing && shownId != null) {
            f.accept(shownId);
        }
    }

    private void fillForm(Entity e) {
        if (shownId != null && (e == null || !shownId.equals(e.id()))) {
            // Commit what was typed for the previous entity before the fields show the next one.
            withShown(id -> {
                vm.rename(id, name.getText());
                vm.setExternalId(id, externalId.getText());
                vm.setNote(id, note.getText());
            });
        }
        shownId = e == null ? null : e.id();
        syncing = true;
        DocumentSession s = vm.session();
        if (s != null) {
            type.getItems().setAll(s.tags().entityTypes().stream().map(TagSet.EntityType::name).toList());
        }
        form.setDisable(e == null || s == null || s.readOnly());
        name.setText(e == null ? "" : e.name());
        type.setValue(e == null ? null : e.type());
        externalId.setText(e == null || e.externalId() == null ? "" : e.externalId());
        note.setText(e == null || e.note() == null ? "" : e.note());
        syncing = false;
    }

    private TreeItem<Object> itemFor(Entity e, boolean expanded) {
        TreeItem<Object> item = new TreeItem<>(e);
        List<Span> mentions = new ArrayList<>(e.mentions());
        mentions.sort(Span::compare);
        List<TreeItem<Object>> children = new ArrayList<>(mentions.size());
        for (Span m : mentions) {
            children.add(new TreeItem<>(new Mention(e.id(), m)));
        }
        item.getChildren().setAll(children);
        item.setExpanded(expanded);
        return item;
    }

    private void listChanged(ListChangeListener.Change<? extends Entity> c) {
        ObservableList<TreeItem<Object>> rows = table.getRoot().getChildren();
        String selectedId = vm.selection().id();
        syncing = true;
        while (c.next()) {
            if (c.wasPermutated() || (c.getFrom() == 0 && c.getRemovedSize() == rows.size() && c.wasAdded()
                    && c.getAddedSize() == c.getList().size())) {
                // One setAll: adding rows one by one makes the tree recount itself per row (quadratic).
                List<TreeItem<Object>> all = new ArrayList<>(vm.entities().size());
                vm.entities().forEach(e -> all.add(itemFor(e, false)));
                // A selection left over from the previous document makes TreeTableView fire stale
                // indexes while it re-sorts the new rows; clear it first (it is restored below).
                table.getSelectionModel().clearSelection();
                rows.setAll(all);
                continue;
            }
            boolean expanded = false;
            if (c.wasRemoved()) {
                for (int i = 0; i < c.getRemovedSize() && c.getFrom() < rows.size(); i++) {
                    expanded |= rows.remove(c.getFrom()).isExpanded();
                }
            }
            if (c.wasAdded()) {
                int at = c.getFrom();
                for (Entity e : c.getAddedSubList()) {
                    rows.add(Math.min(at++, rows.size()), itemFor(e, expanded && c.wasReplaced()));
                }
            }
        }
        syncing = false;
        selectFromOutside(vm.selection().get());
        if (selectedId == null) {
            fillForm(null);
        }
    }

    private void rowSelected(TreeItem<Object> item) {
        Object v = item == null ? null : item.getValue();
        fillForm(v instanceof Entity e ? e : null);
        if (syncing || v == null) {
            return;
        }
        if (v instanceof Entity e) {
            vm.selection().select(e.id(), null);
        } else if (v instanceof Mention m) {
            vm.selection().select(m.entityId(), m.span());
        }
    }

    private void selectFromOutside(AnnotationSelection.Selected sel) {
        if (sel == null) {
            return;
        }
        for (TreeItem<Object> row : table.getRoot().getChildren()) {
            if (row.getValue() instanceof Entity e && e.id().equals(sel.id())) {
                TreeItem<Object> target = row;
                if (sel.span() != null && e.mentions().size() > 1) {
                    row.setExpanded(true);
                    for (TreeItem<Object> m : row.getChildren()) {
                        if (m.getValue() instanceof Mention mm && mm.span().equals(sel.span())) {
                            target = m;
                        }
                    }
                }
                if (table.getSelectionModel().getSelectedItem() != target) {
                    syncing = true;
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(target);
                    syncing = false;
                    fillForm(e);
                    int idx = table.getRow(target);
                    if (idx >= 0) {
                        table.scrollTo(Math.max(0, idx - 2));
                    }
                }
                return;
            }
        }
    }

    /** Ids of the selected entities (mention rows count as their entity), in selection order. */
    public List<String> selectedEntityIds() {
        List<String> ids = new ArrayList<>();
        for (TreeItem<Object> item : table.getSelectionModel().getSelectedItems()) {
            Object v = item == null ? null : item.getValue();
            String id = v instanceof Entity e ? e.id() : v instanceof Mention m ? m.entityId() : null;
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
