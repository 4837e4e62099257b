package org.tandai.ui.entities;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.tandai.model.Span;

/**
 * One mention in the entity form's list: the quoted words in bold between a little of the text
 * before and after them, which are cut from the outside in when the panel is narrow.
 */
final class MentionCell extends ListCell<Span> {
    private final Label before = new Label();
    private final Label quote = new Label();
    private final Label after = new Label();
    private final HBox line = new HBox(before, quote, after);

    MentionCell() {
        getStyleClass().add("mention-cell");
        // Fit the list's width (the context is cut instead) rather than scroll sideways.
        setPrefWidth(0);
        before.getStyleClass().add("mention-context");
        after.getStyleClass().add("mention-context");
        quote.getStyleClass().add("mention-quote");
        before.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        after.setTextOverrun(OverrunStyle.ELLIPSIS);
        before.setMinWidth(0);
        after.setMinWidth(0);
        // The mention itself is never cut; only the context around it gives way.
        quote.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(before, Priority.SOMETIMES);
        HBox.setHgrow(after, Priority.SOMETIMES);
        line.setFillHeight(true);
    }

    @Override
    protected void updateItem(Span s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        before.setText(oneLine(s.prefix()).stripLeading());
        quote.setText(oneLine(s.exact()));
        after.setText(oneLine(s.suffix()).stripTrailing());
        setGraphic(line);
        setAccessibleText(text(s));
    }

    /** The cell's words as one string: {@code …before “quote” after…}. */
    static String text(Span s) {
        return oneLine(s.prefix()).strip() + " \u201c" + oneLine(s.exact()) + "\u201d " + oneLine(s.suffix()).strip();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
