package org.tandai.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's icons (issue 13, decision 1122): Feather icons from Ikonli, one per toolbar action,
 * keyed by the action's id in {@link MainMenu}'s table. The button keeps its text for screen
 * readers and as the tooltip, shows only the icon, and takes the keyboard focus (Tab, or
 * {@link #FOCUS_KEYS} from anywhere; then the arrow keys and Space). The icon's colour comes from
 * the theme ({@code .tool-bar .button .ikonli-font-icon} in tandai.css).
 */
final class ToolbarIcons {
    /** Moves the keyboard focus to the toolbar's first enabled button. */
    static final String FOCUS_KEYS = "Alt+T";

    private static final Map<String, Ikon> ICONS = Map.of(
            "action.file.save", Feather.SAVE,
            "action.edit.undo", Feather.ROTATE_CCW,
            "action.edit.redo", Feather.ROTATE_CW,
            "action.edit.delete", Feather.TRASH_2,
            "action.edit.find", Feather.SEARCH,
            "action.annotate.newClaim", Feather.MESSAGE_SQUARE,
            "action.annotate.newSource", Feather.USER_PLUS,
            "action.annotate.markAll", Feather.LAYERS,
            "action.annotate.merge", Feather.GIT_MERGE);

    private ToolbarIcons() {
    }

    /** The icon of a toolbar action, or null if it has none (it then shows its text). */
    static Ikon icon(String action) {
        return ICONS.get(action);
    }

    /** Gives {@code b}, the button of {@code action}, its icon; the text stays as accessible text. */
    static void decorate(Button b, String action) {
        b.setFocusTraversable(true);
        b.setAccessibleText(b.getText());
        Ikon ikon = icon(action);
        if (ikon != null) {
            FontIcon icon = new FontIcon(ikon);
            b.setGraphic(icon);
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }

    /**
     * {@link #FOCUS_KEYS} focuses the first button that can be pressed. A filter on the scene, not an
     * accelerator: the article's text area consumes the key before accelerators are looked at.
     */
    static void installFocusKey(Scene scene, ToolBar toolBar) {
        KeyCombination keys = KeyCombination.valueOf(FOCUS_KEYS);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys.match(e)) {
                e.consume();
                toolBar.getItems().stream().filter(n -> n instanceof Button && !n.isDisabled()).findFirst()
                        .ifPresent(Node::requestFocus);
            }
        });
    }
}
