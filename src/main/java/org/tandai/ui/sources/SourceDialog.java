package org.tandai.ui.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.TagSet;
import org.tandai.ui.common.Describe;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Forms;
import org.tandai.ui.common.SourceDraft;

/**
 * The "new source" form that S opens: speaker (pick an entity, or type a new name or a
 * description), linked claims, form, via and content, all pre-filled so Enter accepts the guess.
 */
public final class SourceDialog {
    private SourceDialog() {
    }

    public static Optional<SourceDraft> show(Window owner, DocumentSession s, SourceDraft d) {
        org.tandai.i18n.Messages m = s.messages();
        Dialog<SourceDraft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("sourceDialog.title"));
        dialog.setHeaderText(m.get("sourceDialog.header", d.cue().exact()));
        GridPane g = Forms.grid();
        SearchableComboBox<String> speaker = Forms.cheapWidth(new SearchableComboBox<>());
        speaker.getItems().add("");
        s.document().entities().forEach(e -> speaker.getItems().add(e.id()));
        speaker.setConverter(Forms.converter(id -> {
            Entity e = s.entity(id);
            return id.isEmpty() ? m.get("conflicts.none") : e == null ? id : Describe.entityChoice(e);
        }));
        speaker.setValue(d.speakerId() == null ? "" : d.speakerId());
        TextField newName = new TextField();
        newName.setPromptText(m.get("sourceDialog.newName.prompt"));
        TextField description = new TextField(d.speakerDescription() == null ? "" : d.speakerDescription());
        description.setPromptText(m.get("sourceDialog.description.prompt"));
        CheckComboBox<String> claims = Forms.cheapWidth(new CheckComboBox<>());
        s.document().claims().forEach(c -> claims.getItems().add(c.id()));
        claims.setConverter(Forms.converter(id -> {
            Claim c = s.claim(id);
            return c == null ? id : id + "  " + Describe.shorten(c.statement(), 50);
        }));
        d.claimIds().forEach(id -> claims.getCheckModel().check(id));
        ComboBox<String> form = new ComboBox<>();
        form.getItems().setAll(s.tags().sourceForms().stream().map(TagSet.Label::name).toList());
        form.setConverter(Forms.labels(s.tags().sourceForms()));
        form.setValue(d.form());
        ComboBox<String> via = Forms.cheapWidth(new ComboBox<>());
        via.getItems().add("");
        s.document().sources().forEach(x -> via.getItems().add(x.id()));
        via.setConverter(Forms.converter(id -> {
            Source x = s.source(id);
            return id.isEmpty() ? m.get("sourceDialog.notRelayed") : x == null ? id : Describe.sourceChoice(s, x);
        }));
        via.setValue(d.via() == null ? "" : d.via());
        Forms.row(g, 0, m.get("sources.speaker"), speaker);
        Forms.row(g, 1, m.get("sourceDialog.newSpeaker"), newName);
        Forms.row(g, 2, m.get("sources.description"), description);
        Forms.row(g, 3, m.get("sources.col.claims"), claims);
        Forms.row(g, 4, m.get("sources.col.form"), form);
        Forms.row(g, 5, m.get("sources.col.via"), via);
        ContentPicker content = new ContentPicker(s.text(), d.cue(), d.content(), m);
        Forms.row(g, 6, m.get("sources.content"), content);
        Label hint = new Label(m.get("sourceDialog.hint"));
        hint.getStyleClass().add("form-label");
        g.add(hint, 1, 7);
        g.setPrefWidth(520);
        dialog.getDialogPane().setContent(g);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK,
                new ButtonType(m.get("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            String sp = speaker.getValue() == null || speaker.getValue().isEmpty() ? null : speaker.getValue();
            String nn = newName.getText().isBlank() ? null : newName.getText().strip();
            return new SourceDraft(d.cue(), nn != null ? null : sp, nn, d.newSpeakerType(), null,
                    description.getText(), new ArrayList<>(claims.getCheckModel().getCheckedItems()), content.content(),
                    form.getValue(), via.getValue() == null || via.getValue().isEmpty() ? null : via.getValue());
        });
        Platform.runLater(speaker::requestFocus);
        return dialog.showAndWait();
    }

    static List<String> ids(List<? extends org.tandai.model.Annotation> list) {
        return list.stream().map(org.tandai.model.Annotation::id).toList();
    }
}
