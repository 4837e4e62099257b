package org.tandai.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.tandai.model.TagSet;

/**
 * Every action of the window in one table: its menu, name, shortcut and whether it gets a toolbar
 * button. The menus, the toolbar and Help ▸ Keyboard Shortcuts are all generated from this table,
 * so they cannot disagree.
 */
final class MainMenu {
    /** One action. {@code plainKey} actions are ignored while the user types in a text field. */
    record Action(String menu, String name, String keys, boolean toolbar, boolean plainKey, Runnable run) {
    }

    private final List<Action> actions = new ArrayList<>();
    private final MenuBar bar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final Menu annotateMenu = new Menu("_Annotate");
    private final java.util.Map<javafx.scene.input.KeyCode, Runnable> plainKeys = new java.util.HashMap<>();
    private final java.util.Map<javafx.scene.input.KeyCode, Runnable> typeKeys = new java.util.HashMap<>();
    private final java.util.Map<String, MenuItem> items = new java.util.HashMap<>();
    private final java.util.Map<String, Button> buttons = new java.util.HashMap<>();
    private final java.util.Map<String, Menu> menus = new java.util.HashMap<>();
    private Scene scene;

    void add(String menu, String name, String keys, boolean toolbar, boolean plainKey, Runnable run) {
        actions.add(new Action(menu, name, keys, toolbar, plainKey, run));
    }

    List<Action> actions() {
        return actions;
    }

    MenuBar menuBar() {
        return bar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    /** Builds menus and toolbar; {@code extra} items (check items) are appended to their menus by name. */
    void build(Scene scene, List<String> menuOrder, CheckMenuItem snapItem) {
        this.scene = scene;
        for (String m : menuOrder) {
            Menu menu = m.equals("Annotate") ? annotateMenu : new Menu("_" + m);
            fill(menu, m);
            if (m.equals("Annotate")) {
                menu.getItems().add(new SeparatorMenuItem());
                menu.getItems().add(snapItem);
            }
            bar.getMenus().add(menu);
            menus.put(m, menu);
        }
        String lastMenu = null;
        for (Action a : actions) {
            if (!a.toolbar()) {
                continue;
            }
            if (lastMenu != null && !lastMenu.equals(a.menu())) {
                toolBar.getItems().add(new Separator());
            }
            lastMenu = a.menu();
            Button b = new Button(a.name().replace("\u2026", ""));
            ToolbarIcons.decorate(b, a.name());
            b.setTooltip(new Tooltip(a.name() + (a.keys() == null ? "" : "  (" + display(a.keys()) + ")")));
            b.setOnAction(e -> a.run().run());
            buttons.put(a.name(), b);
            toolBar.getItems().add(b);
        }
        ToolbarIcons.installFocusKey(scene, toolBar);
    }

    private void fill(Menu menu, String name) {
        for (Action a : actions) {
            if (!a.menu().equals(name)) {
                continue;
            }
            if (a.name().equals("-")) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            MenuItem item = new MenuItem(a.name());
            if (a.keys() != null) {
                // Only the first of several shortcuts ("Shortcut+Shift+Z or Shortcut+Y") is a menu
                // accelerator; the others are registered on the scene directly.
                String[] keys = a.keys().split(" or ");
                item.setAccelerator(KeyCombination.valueOf(keys[0]));
                for (int i = 1; i < keys.length; i++) {
                    scene.getAccelerators().put(KeyCombination.valueOf(keys[i]), () -> guarded(a));
                }
            }
            item.setOnAction(e -> guarded(a));
            menu.getItems().add(item);
            items.put(a.name(), item);
            if (a.plainKey() && a.keys() != null) {
                plainKeys.put(javafx.scene.input.KeyCode.getKeyCode(a.keys()), a.run());
            }
        }
    }

    /**
     * Single-key shortcuts (1–9, C, S, M, W, Delete) are also caught by a filter on the article, before
     * the text area's own key handling can swallow them; elsewhere the menu accelerators serve.
     */
    void installPlainKeys(javafx.scene.Node target) {
        target.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown() || e.isShiftDown()) {
                return;
            }
            Runnable r = typeKeys.getOrDefault(e.getCode(), plainKeys.get(e.getCode()));
            if (r != null) {
                e.consume();
                r.run();
            }
        });
    }

    private void guarded(Action a) {
        if (a.plainKey() && scene != null && scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        a.run().run();
    }

    /** Appends items made elsewhere (check items, submenus) to the end of a built menu. */
    void append(String menu, List<? extends MenuItem> extra) {
        menus.get(menu).getItems().addAll(extra);
    }

    MenuItem item(String name) {
        return items.get(name);
    }

    Button button(String name) {
        return buttons.get(name);
    }

    /** Regenerates the entity-type items (1–9) for a tag set. */
    void setEntityTypes(TagSet tags, java.util.function.Consumer<String> typeKey) {
        annotateMenu.getItems().removeIf(i -> "entity-type".equals(i.getUserData()));
        typeKeys.clear();
        int at = 0;
        for (TagSet.EntityType t : tags.entityTypes()) {
            if (t.key() == null) {
                continue;
            }
            MenuItem item = new MenuItem("Mark as " + t.label());
            item.setUserData("entity-type");
            item.setAccelerator(KeyCombination.valueOf(t.key()));
            Action a = new Action("Annotate", item.getText(), t.key(), false, true, () -> typeKey.accept(t.key()));
            javafx.scene.input.KeyCode code = javafx.scene.input.KeyCode.getKeyCode(t.key());
            if (code != null) {
                typeKeys.put(code, a.run());
            }
            item.setOnAction(e -> guarded(a));
            annotateMenu.getItems().add(at++, item);
        }
        if (at > 0) {
            SeparatorMenuItem sep = new SeparatorMenuItem();
            sep.setUserData("entity-type");
            annotateMenu.getItems().add(at, sep);
        }
    }

    /** The text of Help ▸ Keyboard Shortcuts. */
    String shortcutHelp(TagSet tags) {
        StringBuilder sb = new StringBuilder();
        sb.append("Select text (Shift+arrows; Ctrl+Shift+arrows by word; or drag),\nthen press a key:\n\n");
        for (TagSet.EntityType t : tags.entityTypes()) {
            if (t.key() != null) {
                sb.append(String.format("  %-24s %s%n", t.key(), "Mark as " + t.label()));
            }
        }
        String menu = null;
        for (Action a : actions) {
            if (a.keys() == null || a.name().equals("-")) {
                continue;
            }
            if (!a.menu().equals(menu)) {
                menu = a.menu();
                sb.append('\n').append(menu).append('\n');
            }
            sb.append(String.format("  %-24s %s%n", display(a.keys()), a.name()));
        }
        sb.append("\nSpans in pieces: Ctrl+Shift+A or Ctrl+click holds a piece; Esc clears them.\n");
        sb.append("Find bar: Enter next, Shift+Enter previous, Esc close.\n");
        sb.append("Tables: F2 or double-click edits a cell,\nEnter commits, Esc cancels.\n");
        return sb.toString();
    }

    static String display(String keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys.split(" or ")) {
            sb.append(sb.length() == 0 ? "" : " or ").append(KeyCombination.valueOf(k).getDisplayText());
        }
        return sb.toString();
    }

    /** Edit ▸ Undo/Redo (and their buttons) name what they would undo ("Undo New claim") and grey out when there is nothing. */
    void bindHistory(org.tandai.ui.common.UndoHistory history) {
        bindHistoryItem("Undo", history == null ? null : history.undoLabelProperty());
        bindHistoryItem("Redo", history == null ? null : history.redoLabelProperty());
    }

    private void bindHistoryItem(String name, javafx.beans.value.ObservableStringValue label) {
        MenuItem item = item(name);
        javafx.scene.control.Button button = button(name);
        item.textProperty().unbind();
        item.disableProperty().unbind();
        button.disableProperty().unbind();
        if (label == null) {
            item.setText(name);
            item.setDisable(true);
            button.setDisable(true);
            return;
        }
        item.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> label.get().isEmpty() ? name : name + " " + label.get(), label));
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> label.get().isEmpty(), label));
        button.disableProperty().bind(item.disableProperty());
    }
}
