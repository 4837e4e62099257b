package org.tandai.ui.claims;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Describe;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.FormSync;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.Forms;
import org.tandai.ui.relations.AnnotationExtras;
import org.tandai.ui.common.FragmentList;

/** Claims: a table (statement, verdict and check-worthiness edit in place) and the full form below. */
public final class ClaimsView extends VBox {
    private final ClaimsViewModel vm;
    private final TableView<Claim> table = new TableView<>();
    private final javafx.collections.transformation.FilteredList<Claim> filtered;
    private final ObservableList<String> verdicts = FXCollections.observableArrayList();
    private final ObservableList<String> worthiness = FXCollections.observableArrayList();
    private final ObservableList<String> kinds = FXCollections.observableArrayList();
    private final TextArea statement = new TextArea();
    private final SearchableComboBox<Entity> claimant = Forms.cheapWidth(new SearchableComboBox<>());
    private final ComboBox<String> kind = new ComboBox<>(kinds);
    private final ComboBox<String> verdict = new ComboBox<>(verdicts);
    private final ComboBox<String> worth = new ComboBox<>(worthiness);
    private final TextField note = new TextField();
    private final GridPane form = Forms.grid();
    private final FragmentList fragments;
    private final org.tandai.i18n.Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    private TagSet tags = TagSet.defaults();
    /** Which record the form shows; typed text commits to it even if the table selection has moved on. */
    private final FormSync<Claim> sync = new FormSync<>(table, this::session);
    private final AnnotationExtras extras;

    public ClaimsView(ClaimsViewModel vm, ObservableList<Entity> entities) {
        this.vm = vm;
        messages = vm.messages();
        fragments = new FragmentList("claim-fragments", messages.get("claims.fragments"), messages);
        extras = new AnnotationExtras("claim", vm.selection(), messages);
        table.setId("claims-table");
        // Filtered by the search bar (filters.TableFilterBar), sorted by the columns without
        // reordering the document's own list.
        filtered = new javafx.collections.transformation.FilteredList<>(vm.claims());
        javafx.collections.transformation.SortedList<Claim> sorted = new javafx.collections.transformation.SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(messages.get("claims.empty"));
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);

        TableColumn<Claim, String> textCol = new TableColumn<>(messages.get("claims.col.text"));
        textCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(Describe.shorten(c.getValue().span().exact(), 60)));
        Forms.wide(textCol, 60);
        TableColumn<Claim, String> stmtCol = new TableColumn<>(messages.get("claims.col.statement"));
        stmtCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().statement()));
        stmtCol.setCellFactory(TextFieldTableCell.forTableColumn());
        stmtCol.setOnEditCommit(e -> vm.setStatement(e.getRowValue().id(), e.getNewValue()));
        Forms.wide(stmtCol, 75);
        TableColumn<Claim, String> whoCol = new TableColumn<>(messages.get("claims.col.claimant"));
        whoCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.session() == null ? ""
                : Describe.entityName(vm.session(), c.getValue().claimant())));
        Forms.narrow(whoCol, 80);
        TableColumn<Claim, String> kindCol = new TableColumn<>(messages.get("claims.col.kind"));
        kindCol.setId("kind-column");
        kindCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().claimKind() == null ? ""
                : Forms.labels(tags.claimKinds()).toString(c.getValue().claimKind())));
        Forms.narrow(kindCol, 70);
        TableColumn<Claim, String> verdictCol = new TableColumn<>(messages.get("claims.col.verdict"));
        verdictCol.setId("verdict-column");
        verdictCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().verdict()));
        verdictCol.setCellFactory(c -> new ComboBoxTableCell<>(Forms.verdicts(tags), verdicts));
        verdictCol.setOnEditCommit(e -> vm.setVerdict(e.getRowValue().id(), e.getNewValue()));
        Forms.narrow(verdictCol, 90);
        TableColumn<Claim, String> worthCol = new TableColumn<>(messages.get("claims.col.worth"));
        worthCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().checkWorthiness()));
        worthCol.setCellFactory(c -> new ComboBoxTableCell<>(Forms.labels(tags.checkWorthiness()), worthiness));
        worthCol.setOnEditCommit(e -> vm.setCheckWorthiness(e.getRowValue().id(), e.getNewValue()));
        Forms.narrow(worthCol, 110);
        table.getColumns().addAll(java.util.List.of(textCol, stmtCol, whoCol, kindCol, verdictCol, worthCol));
        VBox.setVgrow(table, Priority.ALWAYS);

        claimant.setItems(entities);
        claimant.setConverter(Forms.entities());
        buildForm();
        getChildren().addAll(table, form, fragments, extras);
        fragments.setOnRemove(this::removeFragment);
        sync.follow(vm.selection(), this::fill);
        sync.selectFromOutside(vm.selection().get()); // built when first shown (decision 1225): show what is selected already
        table.getItems().addListener((javafx.collections.ListChangeListener<Claim>) c -> sync.selectFromOutside(vm.selection().get()));
    }

    public TableView<Claim> table() {
        return table;
    }

    /** The rows the table's search and filters let through, over the view model's list. */
    public javafx.collections.transformation.FilteredList<Claim> filtered() {
        return filtered;
    }

    /** Refreshes the label lists from the tag set of the open document. */
    public void setTags(TagSet t) {
        tags = t;
        verdicts.setAll(t.verdicts().stream().map(TagSet.Verdict::name).toList());
        worthiness.setAll(t.checkWorthiness().stream().map(TagSet.Label::name).toList());
        kinds.setAll(t.claimKinds().stream().map(TagSet.Label::name).toList());
        verdict.setConverter(Forms.verdicts(t));
        worth.setConverter(Forms.labels(t.checkWorthiness()));
        kind.setConverter(Forms.labels(t.claimKinds()));
        table.refresh();
    }

    private void buildForm() {
        Label heading = new Label(messages.get("claims.form.heading"));
        heading.getStyleClass().add("form-heading");
        form.add(heading, 0, 0, 2, 1);
        statement.setPrefRowCount(2);
        statement.setWrapText(true);
        statement.setId("claim-statement");
        Forms.row(form, 1, messages.get("claims.col.statement"), statement);
        Forms.row(form, 2, messages.get("claims.col.claimant"), claimant);
        Forms.row(form, 3, messages.get("claims.col.kind"), kind);
        Forms.row(form, 4, messages.get("claims.col.verdict"), verdict);
        Forms.row(form, 5, messages.get("claims.col.worth"), worth);
        Forms.row(form, 6, messages.get("common.note"), note);
        validation.registerValidator(statement, Validator.createEmptyValidator(messages.get("claims.needsStatement")));
        Forms.commitOnLeave(statement, v -> sync.withShown(id -> vm.setStatement(id, v)));
        Forms.commitOnLeave(note, v -> sync.withShown(id -> vm.setNote(id, v)));
        claimant.valueProperty().addListener((o, a, b) -> sync.withSelected(c -> vm.setClaimant(c.id(), b == null ? null : b.id())));
        kind.valueProperty().addListener((o, a, b) -> sync.withSelected(c -> vm.setKind(c.id(), b)));
        verdict.valueProperty().addListener((o, a, b) -> sync.withSelected(c -> vm.setVerdict(c.id(), b)));
        worth.valueProperty().addListener((o, a, b) -> sync.withSelected(c -> vm.setCheckWorthiness(c.id(), b)));
        form.setDisable(true);
    }

    private void fill(Claim c) {
        sync.show(c, id -> {
            vm.setStatement(id, statement.getText());
            vm.setNote(id, note.getText());
        }, () -> {
            DocumentSession s = vm.session();
            form.setDisable(c == null || s == null || s.readOnly());
            statement.setText(c == null ? "" : c.statement());
            claimant.setValue(c == null || s == null || c.claimant() == null ? null : s.entity(c.claimant()));
            kind.setValue(c == null ? null : c.claimKind());
            verdict.setValue(c == null ? null : c.verdict());
            worth.setValue(c == null ? null : c.checkWorthiness());
            note.setText(c == null || c.note() == null ? "" : c.note());
        });
        extras.show(vm.session(), c);
        showFragments(c);
    }

    /** The claim's text in pieces, each removable (an undoable edit). */
    private void showFragments(Claim c) {
        DocumentSession s = vm.session();
        fragments.show(c == null ? null : c.span(), s != null && !s.readOnly());
    }

    private void removeFragment(int index) {
        sync.withShown(id -> {
            Claim c = vm.session().claim(id);
            if (c != null && !c.spans().isEmpty()) {
                new Edits(vm.session()).removeFragment(id, c.spans().get(0), index);
            }
        });
    }


    /** The document shown (for the form: its text is never committed into another one). */
    private DocumentSession session() {
        return vm.session();
    }
}
