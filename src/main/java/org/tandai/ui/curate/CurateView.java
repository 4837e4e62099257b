package org.tandai.ui.curate;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tandai.curation.Resolution;
import org.tandai.curation.Unit;
import org.tandai.curation.Version;

/**
 * The Curate panel under the window's panes: the units of the open article with their state, and the
 * selected unit's versions side by side (one column per annotator, then the curated layer), the
 * fields that differ marked with {@code curate-differs}. Buttons, or the keys 1–9 in the list,
 * take one annotator's version.
 */
public final class CurateView extends VBox {
    private final CurateViewModel vm;
    private final TableView<CurateRow> table = new TableView<>();
    private final GridPane detail = new GridPane();
    private final HBox takeButtons = new HBox(6);
    private final Label unitTitle = new Label();
    private boolean syncing;

    private final org.tandai.i18n.Messages messages;

    public CurateView(CurateViewModel vm, Runnable close, org.tandai.i18n.Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("curate-view");
        getStyleClass().add("curate-pane");
        Label title = new Label(messages.get("curate.title"));
        title.getStyleClass().add("curate-title");
        Label progress = label("curate-progress");
        progress.textProperty().bind(vm.articleProgressProperty());
        Label corpus = label("curate-corpus-progress");
        corpus.textProperty().bind(vm.corpusProgressProperty());
        Button accept = button("curate-accept-agreed", messages.get("curate.acceptAll"), vm::acceptAllAgreed);
        Button refresh = button("curate-refresh", messages.get("curate.reread"), vm::reload);
        Button hide = button("curate-close", messages.get("common.close"), close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button b : List.of(accept, refresh, hide)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(10, title, progress, gap, accept, refresh, hide);
        header.getStyleClass().add("curate-header");
        Label message = label("curate-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);

        buildTable();
        detail.setId("curate-detail");
        detail.getStyleClass().add("curate-detail");
        detail.setHgap(12);
        detail.setVgap(4);
        takeButtons.setId("curate-take");
        Label own = new Label(messages.get("curate.own"));
        own.getStyleClass().add("curate-hint");
        unitTitle.getStyleClass().add("curate-title");
        VBox right = new VBox(8, unitTitle, takeButtons, detail, own); // the buttons first: the grid can be taller than the panel
        right.setPadding(new Insets(6));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(right);
        scroll.setFitToWidth(false);
        SplitPane body = new SplitPane(table, scroll);
        body.setDividerPositions(0.4);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, corpus, body, message);
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(4);

        vm.selectedProperty().addListener((o, a, row) -> {
            showDetail(row);
            syncing = true;
            try {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else if (table.getSelectionModel().getSelectedItem() != row) {
                    table.getSelectionModel().select(row);
                }
            } finally {
                syncing = false;
            }
        });
    }

    private void buildTable() {
        table.setId("curate-units");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(messages.get("curate.empty")));
        table.getColumns().add(column(messages.get("curate.col.state"), CurateRow::stateText, 110));
        table.getColumns().add(column(messages.get("curate.col.annotators"), CurateRow::annotators, 90));
        table.getColumns().add(column(messages.get("curate.col.unit"), r -> r.unit().label(), 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CurateRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("curate-agreed", "curate-disagreed", "curate-incomplete", "curate-resolved");
                if (!empty && row != null) {
                    getStyleClass().add(row.styleClass());
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing && row != null) {
                vm.select(row);
            }
        });
        vm.rows().addListener((ListChangeListener<CurateRow>) c -> {
            if (vm.rows().isEmpty()) {
                showDetail(null);
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int digit = e.getCode().isDigitKey() ? e.getCode().getChar().charAt(0) - '1' : -1;
            if (e.getCode() == KeyCode.NUMPAD0 || digit < 0 || digit > 8 || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            e.consume();
            List<String> parties = vm.parties();
            if (digit < parties.size()) {
                vm.take(parties.get(digit));
            }
        });
    }

    private static TableColumn<CurateRow, String> column(String name, java.util.function.Function<CurateRow, String> value,
                                                        double width) {
        TableColumn<CurateRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The unit's fields by annotator, side by side; differing fields marked. */
    private void showDetail(CurateRow row) {
        detail.getChildren().clear();
        takeButtons.getChildren().clear();
        unitTitle.setText(row == null ? "" : row.unit().label() + " \u2014 " + row.stateText());
        if (row == null) {
            return;
        }
        Unit u = row.unit();
        List<String> parties = vm.parties();
        detail.add(header(messages.get("curate.field")), 0, 0);
        for (int p = 0; p < parties.size(); p++) {
            detail.add(header(parties.get(p)), p + 1, 0);
        }
        detail.add(header(Resolution.CURATED), parties.size() + 1, 0);
        List<String> fields = u.fieldNames();
        for (int f = 0; f < fields.size(); f++) {
            String field = fields.get(f);
            detail.add(new Label(field), 0, f + 1);
            for (int p = 0; p < parties.size(); p++) {
                Version v = u.versions().get(parties.get(p));
                Label cell = cell(parties.get(p), field, v == null ? messages.get("curate.notAnnotated") : v.field(field));
                if (v == null) {
                    cell.getStyleClass().add("curate-missing");
                } else if (u.differing().contains(field)) {
                    cell.getStyleClass().add("curate-differs");
                }
                detail.add(cell, p + 1, f + 1);
            }
            Label mine = cell(Resolution.CURATED, field, row.resolved() ? row.curated().field(field) : messages.get("curate.notYet"));
            mine.getStyleClass().add("curate-curated");
            detail.add(mine, parties.size() + 1, f + 1);
        }
        for (int p = 0; p < parties.size(); p++) {
            String party = parties.get(p);
            if (u.versions().containsKey(party)) {
                Button b = button("curate-take-" + party, messages.get("curate.take", party, p + 1), () -> vm.take(party));
                takeButtons.getChildren().add(b);
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("curate-column");
        return l;
    }

    private static Label cell(String party, String field, String text) {
        Label l = new Label(text);
        l.setId("curate-" + party + "-" + field);
        l.setWrapText(true);
        l.setMinWidth(160);
        l.setMaxWidth(300);
        l.getStyleClass().add("curate-value");
        return l;
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private static Button button(String id, String text, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }

    public TableView<CurateRow> table() {
        return table;
    }

    public CurateViewModel viewModel() {
        return vm;
    }
}
