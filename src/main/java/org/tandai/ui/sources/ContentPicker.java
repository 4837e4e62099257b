package org.tandai.ui.sources;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tandai.model.ArticleText;
import org.tandai.model.Span;
import org.tandai.ui.common.Describe;

/**
 * The content row of the new-source form: the cue's paragraph, in which the user selects the
 * attributed words, "Use selection as content" and "No content". Without it a source was saved
 * without content unless the form had guessed one (issue 13). The article cannot be selected
 * while the form is open, hence the paragraph here.
 */
final class ContentPicker extends VBox {
    private final ArticleText text;
    private final int paraStart;
    private final TextArea paragraph = new TextArea();
    private final Label shown = new Label();
    private Span content;
    private final org.tandai.i18n.Messages messages;

    ContentPicker(ArticleText text, Span cue, Span initial, org.tandai.i18n.Messages messages) {
        this.text = text;
        this.messages = messages;
        String t = text.text();
        int cueA = text.toUtf16(cue.start());
        paraStart = t.lastIndexOf('\n', Math.max(0, cueA - 1)) + 1;
        int end = t.indexOf('\n', cueA);
        paragraph.setText(t.substring(paraStart, end < 0 ? t.length() : end));
        paragraph.setEditable(false);
        paragraph.setWrapText(true);
        paragraph.setPrefRowCount(4);
        paragraph.setId("source-content-text");
        paragraph.setAccessibleText(messages.get("content.accessible"));
        shown.setId("source-content");
        shown.setWrapText(true);
        Button use = new Button(messages.get("content.use"));
        use.setId("source-content-use");
        use.setOnAction(e -> useSelection());
        Button clear = new Button(messages.get("content.none"));
        clear.setId("source-content-clear");
        clear.setOnAction(e -> set(null));
        setSpacing(4);
        getChildren().addAll(shown, paragraph, new HBox(6, use, clear));
        set(initial);
    }

    /** The content chosen, or null for none. */
    Span content() {
        return content;
    }

    private void useSelection() {
        String p = paragraph.getText();
        int a = paragraph.getSelection().getStart();
        int b = paragraph.getSelection().getEnd();
        // The words without the spaces around them.
        while (a < b && Character.isWhitespace(p.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(p.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            set(Span.of(text, text.toCodePoint(paraStart + a), text.toCodePoint(paraStart + b)));
        }
    }

    private void set(Span s) {
        content = s;
        shown.setText(s == null ? messages.get("content.empty") : "\u201c" + Describe.shorten(s.exact(), 80) + "\u201d");
    }
}
