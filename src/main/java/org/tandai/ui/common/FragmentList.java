package org.tandai.ui.common;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tandai.model.Span;

/**
 * The fragments of one span in a detail form: each with its text and code-point offsets and,
 * when there are several, a Remove button (the last fragment is never offered for removal: delete
 * the mention or annotation instead). Hidden while the span is in one piece or absent.
 */
public final class FragmentList extends VBox {
    private final Label heading = new Label();
    private final VBox rows = new VBox(2);
    private final String what;
    private final org.tandai.i18n.Messages messages;
    private IntConsumer onRemove = i -> { };

    /** {@code what} names the span in the heading ("Claim text", "Cue"); {@code id} is the node id. */
    public FragmentList(String id, String what, org.tandai.i18n.Messages messages) {
        super(2);
        this.what = what;
        this.messages = messages;
        setId(id);
        getStyleClass().add("fragment-list");
        heading.getStyleClass().add("form-label");
        getChildren().addAll(heading, rows);
        show(null, false);
    }

    /** Called with the fragment index the user removes. */
    public void setOnRemove(IntConsumer r) {
        onRemove = r;
    }

    /** Shows the span's fragments (null: nothing); {@code editable} false greys the buttons. */
    public void show(Span span, boolean editable) {
        rows.getChildren().clear();
        boolean visible = span != null && span.isMultiFragment();
        setVisible(visible);
        setManaged(visible);
        if (!visible) {
            return;
        }
        List<Span> fs = span.fragments();
        heading.setText(messages.get("fragments.heading", what, fs.size()));
        for (int i = 0; i < fs.size(); i++) {
            Span f = fs.get(i);
            Label text = new Label((i + 1) + ".  \u201c" + Describe.shorten(f.exact(), 50) + "\u201d  " + f.start() + "\u2013" + f.end());
            text.getStyleClass().add("fragment-text");
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(messages.get("common.remove"));
            remove.getStyleClass().add("fragment-remove");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setDisable(!editable);
            int index = i;
            remove.setOnAction(e -> onRemove.accept(index));
            HBox row = new HBox(6, text, remove);
            row.getStyleClass().add("fragment-row");
            rows.getChildren().add(row);
        }
    }

    /** The row labels, as shown ("1.  “Harga beras”  1–12"). */
    public List<String> texts() {
        return rows.getChildren().stream().map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }

    /** Presses the Remove button of fragment {@code i} (for tests and keyboard users alike). */
    public Button removeButton(int i) {
        return (Button) ((HBox) rows.getChildren().get(i)).getChildren().get(1);
    }
}
