package org.tandai.ui.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.store.SidecarFormat;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Forms;

/**
 * Entities as a flat table (name, type, mention count) over a form that edits the selected entity
 * and lists its mentions. The table shows the view model's list through a {@link SortedList}, so
 * sorting by a column never reorders the document's list, and it stays fast at 100,000 rows
 * (decision 0403): no per-row objects or listeners, a row selection model whose select-all and
 * clear are linear, and selection from the article finds its row by binary search.
 */
public final class EntitiesView extends VBox {
    private final EntitiesViewModel vm;
    /** The entities the search field and column filters let through (filters.TableFilterBar). */
    private final javafx.collections.transformation.FilteredList<Entity> filtered;
    private final SortedList<Entity> rows;
    private final TableView<Entity> table;
    private final EntityForm form;
    private final NameOrder nameOrder = new NameOrder(Locale.getDefault());
    /** Set while the table applies a list change: the selection moves it makes are not the user's. */
    private boolean changing;
    /** Set while this view moves the selection itself. */
    private boolean syncing;

    public EntitiesView(EntitiesViewModel vm) {
        this.vm = vm;
        filtered = new javafx.collections.transformation.FilteredList<>(vm.entities());
        rows = new SortedList<>(filtered);
        // Registered before the table's own listeners (which move its selection) and the second
        // one after them, so the two bracket every change as the table sees it.
        rows.addListener((ListChangeListener<Entity>) c -> changing = true);
        table = new TableView<>(rows);
        table.setSelectionModel(new RowSelectionModel<>(table));
        // The table's own comparator asks each column for two cell values per comparison (a
        // third of a 100,000-row sort); the sort policy gives the SortedList the same order
        // over the entities directly.
        table.setSortPolicy(t -> {
            rows.setComparator(order(t.getSortOrder()));
            return true;
        });
        rows.addListener(this::rowsChanged);
        form = new EntityForm(vm);
        org.tandai.i18n.Messages messages = vm.messages();

        table.setId("entities-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder(messages.get("entities.empty")));
        table.getColumns().addAll(List.of(nameColumn(), typeColumn(), countColumn()));

        SplitPane split = new SplitPane(table, form);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(form, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> rowSelected(b));
        vm.selection().property().addListener((o, a, b) -> {
            if (b != null) {
                reveal(b);
            }
        });
    }

    public TableView<Entity> table() {
        return table;
    }

    /** The rows the table's search and filters let through, over the view model's list. */
    public javafx.collections.transformation.FilteredList<Entity> filtered() {
        return filtered;
    }

    /** The selected entity's mentions, in text order. */
    public ListView<Span> mentions() {
        return form.mentions();
    }

    private TableColumn<Entity, String> nameColumn() {
        TableColumn<Entity, String> col = new TableColumn<>(vm.messages().get("entities.col.name"));
        col.setCellValueFactory(c -> new Fixed<>(c.getValue().name()));
        col.setCellFactory(TextFieldTableCell.forTableColumn());
        col.setComparator(nameOrder);
        col.setOnEditCommit(e -> vm.rename(e.getRowValue().id(), e.getNewValue()));
        Forms.wide(col, 120);
        return col;
    }

    private TableColumn<Entity, Entity> typeColumn() {
        TableColumn<Entity, Entity> col = new TableColumn<>(vm.messages().get("entities.col.type"));
        col.setCellValueFactory(c -> new Fixed<>(c.getValue()));
        col.setCellFactory(c -> new TypeCell(vm));
        col.setComparator(Comparator.comparing(Entity::type, Comparator.nullsFirst(Comparator.naturalOrder())));
        col.setEditable(false);
        Forms.narrow(col, 115);
        return col;
    }

    private TableColumn<Entity, Integer> countColumn() {
        TableColumn<Entity, Integer> col = new TableColumn<>(vm.messages().get("entities.col.mentions"));
        col.setCellValueFactory(c -> new Fixed<>(c.getValue().mentions().size()));
        col.setComparator(Comparator.naturalOrder());
        col.setEditable(false);
        Forms.narrow(col, 80);
        col.setStyle("-fx-alignment: center-right;");
        return col;
    }

    /** The order of the table's sort columns, each ascending or descending; null: text order. */
    private Comparator<Entity> order(List<TableColumn<Entity, ?>> columns) {
        Comparator<Entity> all = null;
        for (TableColumn<Entity, ?> col : columns) {
            Comparator<Entity> one = switch (table.getColumns().indexOf(col)) {
                case 0 -> Comparator.comparing(Entity::name, nameOrder);
                case 1 -> Comparator.comparing(Entity::type, Comparator.nullsFirst(Comparator.naturalOrder()));
                default -> Comparator.comparingInt(e -> e.mentions().size());
            };
            if (col.getSortType() == TableColumn.SortType.DESCENDING) {
                one = one.reversed();
            }
            all = all == null ? one : all.thenComparing(one);
        }
        return all;
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder-text");
        return l;
    }

    private void rowsChanged(ListChangeListener.Change<? extends Entity> c) {
        changing = false;
        while (c.next()) {
            if (c.getFrom() == 0 && c.wasRemoved() && c.getAddedSize() == rows.size()) {
                nameOrder.clearCache(); // another document
            }
        }
        AnnotationSelection.Selected sel = vm.selection().get();
        if (sel == null || !reveal(sel)) {
            form.show(table.getSelectionModel().getSelectedItem());
        }
    }

    private void rowSelected(Entity e) {
        if (changing || syncing) {
            return;
        }
        form.show(e);
        if (e != null) {
            vm.selection().select(e.id(), null);
        }
    }

    /**
     * Shows the selected annotation if it is an entity: selects its row (unless it is already the
     * focused row of a multiple selection), scrolls only if the row is out of view, and selects
     * the mention meant. Returns false when it is not an entity of this document.
     */
    private boolean reveal(AnnotationSelection.Selected sel) {
        DocumentSession s = vm.session();
        Entity e = s == null ? null : s.entity(sel.id());
        int row = e == null ? -1 : rowOf(e);
        if (row < 0) {
            return false;
        }
        if (table.getSelectionModel().getSelectedItem() != rows.get(row)) {
            syncing = true;
            table.getSelectionModel().clearAndSelect(row);
            syncing = false;
            scrollIntoView(row);
        }
        if (!e.id().equals(form.shownId()) || form.shownEntity() != e) {
            form.show(e);
        }
        form.selectMention(sel.span());
        return true;
    }

    /** The entity's row in the table: a binary search of the document-ordered list, O(log n). */
    private int rowOf(Entity e) {
        ObservableList<Entity> all = vm.entities();
        int i = Collections.binarySearch(all, e, SidecarFormat.ORDER);
        if (i < 0 || !all.get(i).id().equals(e.id())) {
            // An edit that moves an entity's first mention leaves it where it was in the list.
            i = -1;
            for (int j = 0; j < all.size() && i < 0; j++) {
                i = all.get(j).id().equals(e.id()) ? j : -1;
            }
        }
        int shown = i < 0 ? -1 : filtered.getViewIndex(i); // -1 when filtered out: no row to select
        return shown < 0 ? -1 : rows.getViewIndex(shown);
    }

    private void scrollIntoView(int row) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && row > first.getIndex() && row < last.getIndex()) {
                return;
            }
        }
        table.scrollTo(Math.max(0, row - 2));
    }

    /** Ids of the selected entities, in table order (the merge command takes exactly two). */
    public List<String> selectedEntityIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity e : table.getSelectionModel().getSelectedItems()) {
            if (e != null) {
                ids.add(e.id());
            }
        }
        return new ArrayList<>(ids);
    }
}
