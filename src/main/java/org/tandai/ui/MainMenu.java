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
import org.tandai.i18n.Messages;
import org.tandai.model.TagSet;

/**
 * Every action of the window in one table: its menu, name, shortcut and whether it gets a toolbar
 * button. The menus, the toolbar and Help ▸ Keyboard Shortcuts are all generated from this table,
 * so they cannot disagree.
 *
 * <p>Menus and actions are known by id, never by their text (which is in the user's language): a menu
 * by {@code file}, {@code edit}, {@code annotate}, {@code view} or {@code help} (its text is the bundle
 * key {@code menu.ID}), an action by its bundle key ({@code action.file.save}), which is also the
 * {@link MenuItem#getId() id} of its menu item and toolbar button.
 */
final class MainMenu {
    /** The separator's "key" in {@link #add}. */
    static final String SEPARATOR = "-";

    /** One action. {@code plainKey} actions are ignored while the user types in a text field. */
    record Action(String menu, String id, String name, String keys, boolean toolbar, boolean plainKey, Runnable run) {
    }

    private final Messages messages;

    private final List<Action> actions = new ArrayList<>();
    private final MenuBar bar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final Menu annotateMenu;
    private final java.util.Map<javafx.scene.input.KeyCode, Runnable> plainKeys = new java.util.HashMap<>();
    private final java.util.Map<javafx.scene.input.KeyCode, Runnable> typeKeys = new java.util.HashMap<>();
    private final java.util.Map<String, MenuItem> items = new java.util.HashMap<>();
    private final java.util.Map<String, Button> buttons = new java.util.HashMap<>();
    /** Panels' own keys for Help ▸ Keyboard Shortcuts (the suggestion keys). */
    private final List<String> moreHelp = new ArrayList<>();
    private final java.util.Map<String, Menu> menus = new java.util.HashMap<>();
    private Scene scene;

    MainMenu(Messages messages) {
        this.messages = messages;
        annotateMenu = menu("annotate");
    }

    /** An action of menu {@code menu} (an id) whose text is the bundle key {@code key}; {@link #SEPARATOR} for a line. */
    void add(String menu, String key, String keys, boolean toolbar, boolean plainKey, Runnable run) {
        actions.add(new Action(menu, key, key.equals(SEPARATOR) ? SEPARATOR : messages.get(key), keys, toolbar, plainKey, run));
    }

    private Menu menu(String id) {
        Menu m = new Menu(messages.get("menu." + id));
        m.setId("menu." + id);
        return m;
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
            Menu menu = m.equals("annotate") ? annotateMenu : menu(m);
            fill(menu, m);
            if (m.equals("annotate")) {
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
            b.setId(a.id());
            ToolbarIcons.decorate(b, a.id());
            b.setTooltip(new Tooltip(a.name() + (a.keys() == null ? "" : "  (" + display(a.keys()) + ")")));
            b.setOnAction(e -> a.run().run());
            buttons.put(a.id(), b);
            toolBar.getItems().add(b);
        }
        ToolbarIcons.installFocusKey(scene, toolBar);
    }

    private void fill(Menu menu, String name) {
        for (Action a : actions) {
            if (!a.menu().equals(name)) {
                continue;
            }
            if (a.id().equals(SEPARATOR)) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            MenuItem item = new MenuItem(a.name());
            item.setId(a.id());
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
            items.put(a.id(), item);
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

    /** Appends items made elsewhere (check items, submenus) to the end of a built menu, by its id ("view"). */
    void append(String menu, List<? extends MenuItem> extra) {
        menus.get(menu).getItems().addAll(extra);
    }

    /** The menu item of the action with bundle key {@code id} ("action.file.save"). */
    MenuItem item(String id) {
        return items.get(id);
    }

    /** The toolbar button of the action with bundle key {@code id}, or null when it has none. */
    Button button(String id) {
        return buttons.get(id);
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
            MenuItem item = new MenuItem(messages.get("action.annotate.markAs", t.label()));
            item.setId("action.annotate.markAs." + t.key());
            item.setUserData("entity-type");
            item.setAccelerator(KeyCombination.valueOf(t.key()));
            Action a = new Action("annotate", item.getId(), item.getText(), t.key(), false, true, () -> typeKey.accept(t.key()));
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
        sb.append(messages.get("help.shortcuts.intro"));
        for (TagSet.EntityType t : tags.entityTypes()) {
            if (t.key() != null) {
                sb.append(String.format("  %-24s %s%n", t.key(), messages.get("action.annotate.markAs", t.label())));
            }
        }
        String menu = null;
        for (Action a : actions) {
            if (a.keys() == null || a.id().equals(SEPARATOR)) {
                continue;
            }
            if (!a.menu().equals(menu)) {
                menu = a.menu();
                sb.append('\n').append(messages.get("menu." + menu).replace("_", "")).append('\n');
            }
            sb.append(String.format("  %-24s %s%n", display(a.keys()), a.name()));
        }
        for (String more : moreHelp) {
            sb.append('\n').append(more);
        }
        sb.append(messages.get("help.shortcuts.outro"));
        return sb.toString();
    }

    /** Adds a panel's own keys (a title line, then "  KEY  what" lines) to {@link #shortcutHelp}. */
    void addShortcutHelp(String section) {
        moreHelp.add(section);
    }

    String display(String keys) {
        StringBuilder sb = new StringBuilder();
        String or = messages.get("shortcut.or");
        for (String k : keys.split(" or ")) {
            sb.append(sb.length() == 0 ? "" : or).append(KeyCombination.valueOf(k).getDisplayText());
        }
        return sb.toString();
    }

    /** Edit ▸ Undo/Redo (and their buttons) name what they would undo ("Undo New claim") and grey out when there is nothing. */
    void bindHistory(org.tandai.ui.common.UndoHistory history) {
        bindHistoryItem("action.edit.undo", history == null ? null : history.undoLabelProperty());
        bindHistoryItem("action.edit.redo", history == null ? null : history.redoLabelProperty());
    }

    private void bindHistoryItem(String id, javafx.beans.value.ObservableStringValue label) {
        MenuItem item = item(id);
        javafx.scene.control.Button button = button(id);
        String name = messages.get(id);
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
                () -> label.get().isEmpty() ? name : messages.get(id + ".named", label.get()), label));
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> label.get().isEmpty(), label));
        button.disableProperty().bind(item.disableProperty());
    }
}
