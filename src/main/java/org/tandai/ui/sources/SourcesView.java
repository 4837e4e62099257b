package org.tandai.ui.sources;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.TagSet;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Describe;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.FormSync;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.Forms;
import org.tandai.ui.relations.AnnotationExtras;
import org.tandai.ui.common.FragmentList;
import org.tandai.model.SpanRef;

/** Sources (attributions): who, cue, form, via and the attributed claims; the form edits the rest. */
public final class SourcesView extends VBox {
    private final SourcesViewModel vm;
    private final TableView<Source> table = new TableView<>();
    private final javafx.collections.transformation.FilteredList<Source> filtered;
    private final ObservableList<String> forms = FXCollections.observableArrayList();
    private final ObservableList<String> viaChoices = FXCollections.observableArrayList();
    private final ObservableList<String> claimChoices = FXCollections.observableArrayList();
    private final SearchableComboBox<Entity> speaker = Forms.cheapWidth(new SearchableComboBox<>());
    private final TextField description = new TextField();
    private final ComboBox<String> form = new ComboBox<>(forms);
    private final ComboBox<String> via = Forms.cheapWidth(new ComboBox<>(viaChoices));
    private final CheckComboBox<String> claims = Forms.cheapWidth(new CheckComboBox<>(claimChoices));
    private final TextField note = new TextField();
    private final GridPane grid = Forms.grid();
    private final FragmentList cueFragments;
    private final FragmentList contentFragments;
    private final org.tandai.i18n.Messages messages;
    private final ObservableList<Claim> allClaims;
    private TagSet tags = TagSet.defaults();
    /** Which record the form shows; typed text commits to it even if the table selection has moved on. */
    private final FormSync<Source> sync = new FormSync<>(table, this::session);
    private final AnnotationExtras extras;

    public SourcesView(SourcesViewModel vm, ObservableList<Entity> entities, ObservableList<Claim> allClaims) {
        this.vm = vm;
        messages = vm.messages();
        cueFragments = new FragmentList("cue-fragments", messages.get("sources.col.cue"), messages);
        contentFragments = new FragmentList("content-fragments", messages.get("sources.content"), messages);
        extras = new AnnotationExtras("source", vm.selection(), messages);
        table.setId("sources-table");
        // Filtered by the search bar (filters.TableFilterBar), sorted by the columns without
        // reordering the document's own list.
        filtered = new javafx.collections.transformation.FilteredList<>(vm.sources());
        javafx.collections.transformation.SortedList<Source> sorted = new javafx.collections.transformation.SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(messages.get("sources.empty"));
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        TableColumn<Source, String> who = column(messages.get("sources.col.who"), 120, s -> Describe.speaker(vm.session(), s));
        TableColumn<Source, String> cue = column(messages.get("sources.col.cue"), 80, s -> s.cue() == null ? "" : s.cue().exact());
        TableColumn<Source, String> formCol = new TableColumn<>(messages.get("sources.col.form"));
        formCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().form()));
        formCol.setCellFactory(c -> new ComboBoxTableCell<>(Forms.labels(tags.sourceForms()), forms));
        formCol.setOnEditCommit(e -> vm.setForm(e.getRowValue().id(), e.getNewValue()));
        Forms.narrow(formCol, 125);
        TableColumn<Source, String> viaCol = column(messages.get("sources.col.via"), 90, s -> s.via() == null ? "" : viaLabel(s.via()));
        TableColumn<Source, String> claimCol = column(messages.get("sources.col.claims"), 90, s -> String.join(", ", s.claimIds()));
        Forms.wide(who, 90);
        Forms.wide(cue, 90);
        Forms.narrow(viaCol, 70);
        Forms.narrow(claimCol, 80);
        table.getColumns().addAll(List.of(who, cue, formCol, viaCol, claimCol));
        VBox.setVgrow(table, Priority.ALWAYS);

        speaker.setItems(entities);
        speaker.setConverter(Forms.entities());
        // The claim choices fill only while a source is shown: a check box list of thousands of
        // claims is costly to keep in step with every edit nobody is looking at.
        this.allClaims = allClaims;
        allClaims.addListener((ListChangeListener<Claim>) c -> {
            if (sync.shownId() != null) {
                refreshClaimChoices();
            }
        });
        table.getItems().addListener((ListChangeListener<Source>) c -> sync.selectFromOutside(vm.selection().get()));
        vm.sources().addListener((ListChangeListener<Source>) c -> {
            viaChoices.setAll(vm.sources().stream().map(Source::id).toList());
            sync.selectFromOutside(vm.selection().get());
        });
        claims.setConverter(Forms.converter(id -> {
            DocumentSession s = vm.session();
            Claim c = s == null ? null : s.claim(id);
            return c == null ? id : id + "  " + Describe.shorten(c.statement(), 40);
        }));
        // The list names each source's cue and content too: one speaker's sources look alike otherwise.
        via.setConverter(Forms.converter(id -> {
            DocumentSession s = vm.session();
            Source src = s == null || id == null ? null : s.source(id);
            return src == null ? id : Describe.sourceChoice(s, src);
        }));
        via.setId("source-via");
        buildForm();
        getChildren().addAll(table, grid, cueFragments, contentFragments, extras);
        cueFragments.setOnRemove(i -> removeFragment("cue", i));
        contentFragments.setOnRemove(i -> removeFragment("content", i));
        sync.follow(vm.selection(), this::fill);
        sync.selectFromOutside(vm.selection().get()); // built when first shown (decision 1225): show what is selected already
    }

    public TableView<Source> table() {
        return table;
    }

    /** The rows the table's search and filters let through, over the view model's list. */
    public javafx.collections.transformation.FilteredList<Source> filtered() {
        return filtered;
    }

    public void setTags(TagSet t) {
        tags = t;
        forms.setAll(t.sourceForms().stream().map(TagSet.Label::name).toList());
        form.setConverter(Forms.labels(t.sourceForms()));
        table.refresh();
    }

    private String viaLabel(String id) {
        DocumentSession s = vm.session();
        Source src = s == null ? null : s.source(id);
        return src == null ? id : id + " (" + Describe.speaker(s, src) + ")";
    }

    private TableColumn<Source, String> column(String name, double width, java.util.function.Function<Source, String> f) {
        TableColumn<Source, String> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.session() == null ? "" : f.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private void buildForm() {
        Label heading = new Label(messages.get("sources.form.heading"));
        heading.getStyleClass().add("form-heading");
        grid.add(heading, 0, 0, 2, 1);
        Button clear = new Button(messages.get("sources.clear"));
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setOnAction(e -> speaker.setValue(null));
        HBox speakerRow = new HBox(6, speaker, clear);
        HBox.setHgrow(speaker, Priority.ALWAYS);
        speaker.setMaxWidth(Double.MAX_VALUE);
        Forms.row(grid, 1, messages.get("sources.speaker"), speakerRow);
        Forms.row(grid, 2, messages.get("sources.description"), description);
        description.setPromptText(messages.get("sources.description.prompt"));
        Forms.row(grid, 3, messages.get("sources.col.form"), form);
        Forms.row(grid, 4, messages.get("sources.col.via"), via);
        Forms.row(grid, 5, messages.get("sources.col.claims"), claims);
        Forms.row(grid, 6, messages.get("common.note"), note);
        speaker.valueProperty().addListener((o, a, b) -> sync.withSelected(s -> vm.setSpeaker(s.id(), b == null ? null : b.id())));
        Forms.commitOnLeave(description, v -> sync.withShown(id -> vm.setDescription(id, v)));
        Forms.commitOnLeave(note, v -> sync.withShown(id -> vm.setNote(id, v)));
        form.valueProperty().addListener((o, a, b) -> sync.withSelected(s -> vm.setForm(s.id(), b)));
        via.valueProperty().addListener((o, a, b) -> sync.withSelected(s -> vm.setVia(s.id(), b)));
        claims.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                sync.withSelected(s -> vm.setClaims(s.id(), new ArrayList<>(claims.getCheckModel().getCheckedItems()))));
        grid.setDisable(true);
    }

    private void fill(Source src) {
        sync.show(src, id -> {
            vm.setDescription(id, description.getText());
            vm.setNote(id, note.getText());
        }, () -> {
            DocumentSession s = vm.session();
            grid.setDisable(src == null || s == null || s.readOnly());
            speaker.setValue(src == null || s == null || src.speaker() == null ? null : s.entity(src.speaker()));
            description.setText(src == null || src.speakerDescription() == null ? "" : src.speakerDescription());
            form.setValue(src == null ? null : src.form());
            via.setValue(src == null ? null : src.via());
            if (src != null) {
                refreshClaimChoices();
            }
            claims.getCheckModel().clearChecks();
            if (src != null) {
                for (String id : src.claimIds()) {
                    claims.getCheckModel().check(id);
                }
            }
            note.setText(src == null || src.note() == null ? "" : src.note());
        });
        extras.show(vm.session(), src);
        showFragments(src);
    }

    /** The cue's and the content's pieces, each removable (an undoable edit). */
    private void showFragments(Source src) {
        DocumentSession s = vm.session();
        boolean editable = s != null && !s.readOnly();
        cueFragments.show(src == null ? null : src.cue(), editable);
        contentFragments.show(src == null ? null : src.content(), editable);
    }

    private void removeFragment(String field, int index) {
        sync.withShown(id -> {
            Source src = vm.session().source(id);
            SpanRef ref = src == null ? null
                    : src.spans().stream().filter(r -> r.field().equals(field)).findFirst().orElse(null);
            if (ref != null) {
                new Edits(vm.session()).removeFragment(id, ref, index);
            }
        });
    }

    private void refreshClaimChoices() {
        List<String> ids = allClaims.stream().map(Claim::id).toList();
        if (!ids.equals(claimChoices)) {
            sync.quietly(() -> {
                List<String> checked = new ArrayList<>(claims.getCheckModel().getCheckedItems());
                claimChoices.setAll(ids);
                checked.forEach(id -> claims.getCheckModel().check(id));
            });
        }
    }


    /** The document shown (for the form: its text is never committed into another one). */
    private DocumentSession session() {
        return vm.session();
    }
}
