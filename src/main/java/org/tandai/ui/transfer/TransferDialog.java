package org.tandai.ui.transfer;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small non-modal window for export or import: a form above, the progress section below, and
 * the action buttons. Non-modal so annotating can go on while a long run works in the background.
 * Built once per dialog and shown again on the next use, so a run in progress stays visible.
 */
final class TransferDialog {
    private final GridPane form = new GridPane();
    private final HBox buttons = new HBox(8);
    private final String title;
    private final VBox root;
    private Stage stage;
    private int row;

    TransferDialog(String title, ProgressSection progress) {
        this.title = title;
        form.setHgap(8);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        buttons.setStyle("-fx-alignment: center-right;");
        root = new VBox(12, form, progress, buttons);
        root.setStyle("-fx-padding: 12;");
        root.setPrefWidth(620);
        VBox.setVgrow(progress, Priority.ALWAYS);
    }

    /** Adds a labelled row; returns the label so callers can bind its visibility. */
    Label addRow(String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        form.addRow(row++, l, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return l;
    }

    static TextField pathField(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setEditable(false);
        f.setFocusTraversable(false);
        return f;
    }

    static HBox withButton(Node field, Button button) {
        HBox box = new HBox(6, field, button);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    HBox buttons() {
        return buttons;
    }

    void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
            stage.setTitle(title);
            Scene scene = new Scene(root);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    void close() {
        if (stage != null) {
            stage.hide();
        }
    }
}
