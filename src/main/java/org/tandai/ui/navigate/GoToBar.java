package org.tandai.ui.navigate;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.tandai.i18n.Messages;
import org.tandai.model.ArticleText;

/**
 * Edit ▸ Go to Position… (Ctrl+G): a small bar over the article, like the find bar, with one field.
 * Enter moves the caret to what {@link GoToPosition} makes of the input and scrolls it into view;
 * input it cannot use stays in the field with the reason beside it. Esc closes.
 */
public final class GoToBar extends HBox {
    private final StyleClassedTextArea area;
    private final java.util.function.Supplier<ArticleText> text;
    private final Messages messages;
    private final TextField field = new TextField();
    private final Label message = new Label();

    public GoToBar(StyleClassedTextArea area, java.util.function.Supplier<ArticleText> text, Messages messages) {
        this.area = area;
        this.text = text;
        this.messages = messages;
        getStyleClass().add("find-bar");
        setId("goto-bar");
        field.setId("goto-field");
        field.setPromptText(messages.get("goto.prompt"));
        field.setPrefColumnCount(14);
        message.setId("goto-message");
        message.getStyleClass().add("goto-message");
        message.setWrapText(true);
        Label label = new Label(messages.get("goto.label"));
        Button go = new Button(messages.get("goto.go"));
        Button close = new Button(messages.get("goto.close"));
        go.setOnAction(e -> go());
        close.setOnAction(e -> close());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        for (Region r : new Region[] {label, go, close, field}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.setMinWidth(0);
        getChildren().addAll(label, field, go, message, spacer, close);
        show(false);
    }

    /** Shows the bar with its field focused and selected. */
    public void open() {
        show(true);
        message.setText("");
        field.requestFocus();
        field.selectAll();
    }

    /** Moves the caret; returns false (and says why) when the input names no place of the article. */
    public boolean go() {
        ArticleText t = text.get();
        if (t == null) {
            message.setText(messages.get("goto.error.noArticle"));
            return false;
        }
        GoToPosition.Result r = GoToPosition.parse(field.getText(), t);
        if (!r.ok()) {
            message.setText(messages.get(r.errorKey(), r.args()));
            return false;
        }
        message.setText("");
        show(false);
        area.requestFocus();
        area.moveTo(Math.min(r.utf16(), area.getLength()));
        area.requestFollowCaret();
        return true;
    }

    public TextField field() {
        return field;
    }

    public Label message() {
        return message;
    }

    private void close() {
        show(false);
        area.requestFocus();
    }

    private void show(boolean on) {
        setVisible(on);
        setManaged(on);
    }
}
