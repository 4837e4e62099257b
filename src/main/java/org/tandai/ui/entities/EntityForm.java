package org.tandai.ui.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.FragmentList;
import org.tandai.model.TagSet;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Forms;
import org.tandai.ui.relations.AnnotationExtras;

/**
 * The detail form under the entities table: name, type, external id and note of one entity, and
 * its mentions in text order. Picking a mention selects it in the article; edits commit to the
 * entity the form shows, even if the table selection has moved on.
 */
final class EntityForm extends VBox {
    private final EntitiesViewModel vm;
    private final TextField name = new TextField();
    private final SearchableComboBox<String> type = new SearchableComboBox<>();
    private final TextField externalId = new TextField();
    private final TextField note = new TextField();
    private final Label mentionsHeading = new Label();
    private final ListView<Span> mentions = new ListView<>();
    private final FragmentList mentionFragments;
    private final org.tandai.i18n.Messages messages;
    private final GridPane grid = Forms.grid();
    private final AnnotationExtras extras;
    private boolean syncing;
    /** The entity the form shows (the object, which an edit replaces, and its id). */
    private Entity shown;
    private String shownId;
    /** The document {@link #shownId} belongs to. */
    private DocumentSession shownIn;

    EntityForm(EntitiesViewModel vm) {
        this.vm = vm;
        messages = vm.messages();
        mentionFragments = new FragmentList("mention-fragments", messages.get("entities.form.mention"), messages);
        mentionsHeading.setText(messages.get("entities.form.mentions"));
        extras = new AnnotationExtras("entity", vm.selection(), messages);
        getStyleClass().add("entity-form");
        Label heading = new Label(messages.get("entities.form.heading"));
        heading.getStyleClass().add("form-heading");
        grid.add(heading, 0, 0, 2, 1);
        name.setId("entity-name");
        Forms.row(grid, 1, messages.get("entities.col.name"), name);
        Forms.row(grid, 2, messages.get("entities.col.type"), type);
        Forms.row(grid, 3, messages.get("entities.form.externalId"), externalId);
        Forms.row(grid, 4, messages.get("common.note"), note);
        externalId.setPromptText(messages.get("entities.form.externalId.prompt"));
        Forms.commitOnLeave(name, v -> withShown(id -> vm.rename(id, v)));
        Forms.commitOnLeave(externalId, v -> withShown(id -> vm.setExternalId(id, v)));
        Forms.commitOnLeave(note, v -> withShown(id -> vm.setNote(id, v)));
        type.setConverter(Forms.converter(n -> TypeCell.label(vm.session(), n)));
        type.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                withShown(id -> vm.setType(id, b));
            }
        });

        mentionsHeading.getStyleClass().add("form-label");
        mentionsHeading.setLabelFor(mentions);
        mentions.setId("entity-mentions");
        mentions.getStyleClass().add("mention-list");
        mentions.setCellFactory(l -> new MentionCell());
        mentions.setPrefHeight(120);
        mentions.setMinHeight(60);
        mentions.setPlaceholder(new Label(messages.get("entities.form.noMentions")));
        mentions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && shownId != null) {
                vm.selection().select(shownId, b);
            }
        });
        VBox box = new VBox(4, mentionsHeading, mentions, mentionFragments);
        bindFragments();
        box.getStyleClass().add("mention-box");
        VBox.setVgrow(mentions, Priority.ALWAYS);
        getChildren().addAll(grid, box, extras);
        mentions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> extras.showMention(b));
        grid.setDisable(true);
    }

    /** The selected mention's fragments follow the mention list; removing one is an undoable edit. */
    private void bindFragments() {
        mentions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showFragments(b));
        mentionFragments.setOnRemove(i -> withShown(id -> {
            Span mention = mentions.getSelectionModel().getSelectedItem();
            Entity e = vm.session().entity(id);
            SpanRef ref = e == null || mention == null ? null
                    : e.spans().stream().filter(r -> r.span().equals(mention)).findFirst().orElse(null);
            Span shrunk = ref == null ? null : new Edits(vm.session()).removeFragment(id, ref, i);
            if (shrunk != null) {
                vm.selection().select(id, shrunk);
            }
        }));
    }

    private void showFragments(Span mention) {
        DocumentSession s = vm.session();
        mentionFragments.show(mention, s != null && !s.readOnly());
    }

    FragmentList mentionFragments() {
        return mentionFragments;
    }

    ListView<Span> mentions() {
        return mentions;
    }

    String shownId() {
        return shownId;
    }

    Entity shownEntity() {
        return shown;
    }

    /**
     * Runs {@code f} for the entity shown, unless the form is being filled by code or another
     * document has been opened since (ids repeat across articles: its text belongs to no entity here).
     */
    private void withShown(Consumer<String> f) {
        if (!syncing && shownId != null && vm.session() == shownIn) {
            f.accept(shownId);
        }
    }

    /**
     * Shows {@code e} (or nothing). What was typed for the previously shown entity is committed
     * to it first, so moving to another row never loses an edit.
     */
    void show(Entity e) {
        boolean same = e != null && e.id().equals(shownId);
        if (shownId != null && (e == null || !shownId.equals(e.id()))) {
            withShown(id -> {
                vm.rename(id, name.getText());
                vm.setExternalId(id, externalId.getText());
                vm.setNote(id, note.getText());
            });
        }
        shown = e;
        shownId = e == null ? null : e.id();
        shownIn = vm.session();
        syncing = true;
        DocumentSession s = vm.session();
        if (s != null) {
            List<String> types = s.tags().entityTypes().stream().map(TagSet.EntityType::name).toList();
            if (!types.equals(type.getItems())) {
                type.getItems().setAll(types);
            }
        }
        grid.setDisable(e == null || s == null || s.readOnly());
        name.setText(e == null ? "" : e.name());
        type.setValue(e == null ? null : e.type());
        externalId.setText(e == null || e.externalId() == null ? "" : e.externalId());
        note.setText(e == null || e.note() == null ? "" : e.note());
        List<Span> spans = e == null ? new ArrayList<>() : new ArrayList<>(e.mentions());
        spans.sort(Span::compare);
        Span picked = same ? mentions.getSelectionModel().getSelectedItem() : null;
        mentions.getItems().setAll(spans);
        mentionsHeading.setText(e == null ? messages.get("entities.form.mentions") : messages.get("entities.form.mentionCount", spans.size()));
        syncing = false;
        extras.show(s, e);
        if (picked != null) {
            selectMention(picked);
        }
        showFragments(mentions.getSelectionModel().getSelectedItem());
    }

    /** Selects {@code span} in the mention list (null: none) without selecting it again in the article. */
    void selectMention(Span span) {
        int i = span == null ? -1 : Collections.binarySearch(mentions.getItems(), span, Span::compare);
        syncing = true;
        if (i < 0 || !mentions.getItems().get(i).equals(span)) {
            mentions.getSelectionModel().clearSelection();
        } else if (mentions.getSelectionModel().getSelectedIndex() != i) {
            mentions.getSelectionModel().clearAndSelect(i);
            mentions.scrollTo(Math.max(0, i - 1));
        }
        syncing = false;
    }
}
