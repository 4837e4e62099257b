package org.tandai.ui.suggest;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.tandai.i18n.Messages;
import org.tandai.suggest.Suggestion;

/**
 * The window's half of suggestions (issue 12): the Suggestions tab (each undecided suggestion,
 * greyed, with its confidence), the status bar's count, View ▸ Suggestions (a switch per
 * recommender), the Annotate items, and the keys on the article: Tab / Shift+Tab move between
 * suggestions, Enter accepts, Shift+Enter opens the Source form on an attribution first
 * ({@link SuggestionCorrection}), Backspace rejects. The keys are caught only on the article and this
 * list, so Tab still moves focus out of text fields, tables and forms.
 */
public final class SuggestionsView {
    private final SuggestionsViewModel vm;
    private final ListView<Pending> list = new ListView<>();
    private final Label count = new Label();
    private final Tab tab;
    private final Runnable settingsChanged;
    private final SuggestionCorrection correction;
    private final Messages messages;
    private boolean syncing;

    /** {@code settingsChanged} runs when a View ▸ Suggestions switch changes (save the settings). */
    SuggestionsView(SuggestionsViewModel vm, SuggestionCorrection correction, Messages messages, Node article,
            Runnable settingsChanged) {
        this.vm = vm;
        this.correction = correction;
        this.messages = messages;
        this.settingsChanged = settingsChanged;
        list.setId("suggestions-list");
        list.setItems(vm.items());
        list.setPlaceholder(new Label(messages.get("suggest.none")));
        list.setCellFactory(l -> new ListCell<>() {
            {
                getStyleClass().add("suggestion-row");
            }

            @Override
            protected void updateItem(Pending p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label(messages));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (!syncing && p != null && p != vm.currentProperty().get()) {
                vm.setCurrent(p, true);
            }
        });
        vm.currentProperty().addListener((o, a, p) -> {
            syncing = true;
            if (p == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(p);
                list.scrollTo(p);
            }
            syncing = false;
        });
        Label hint = new Label(messages.get("suggest.hint"));
        hint.getStyleClass().add("hint");
        VBox box = new VBox(hint, list);
        javafx.scene.layout.VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        tab = new Tab(messages.get("suggest.tab"), box);
        tab.setId("suggestions-tab");
        // No count in the title (the status bar shows it): with one, the seventh tab did not fit at 1280 px (decision 1022).
        count.setId("suggestions-status");
        count.getStyleClass().add("status-item");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            return messages.get("suggest.left", vm.countProperty().get());
        }, vm.countProperty()));
        installKeys(article);
        installKeys(list);
        // A click in the text is about something else: Enter and Backspace no longer decide a suggestion.
        article.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> vm.setCurrent(null, false));
    }

    private void installKeys(Node target) {
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            boolean done = switch (e.getCode()) {
                case TAB -> vm.step(!e.isShiftDown());
                case ENTER -> e.isShiftDown() ? correction.correctCurrent() : vm.acceptCurrent();
                case BACK_SPACE -> !e.isShiftDown() && vm.rejectCurrent();
                default -> false;
            };
            if (done) {
                e.consume();
            }
        });
    }

    public Tab tab() {
        return tab;
    }

    public ListView<Pending> list() {
        return list;
    }

    /** The status bar's "N suggestions left". */
    public Label countLabel() {
        return count;
    }

    /** View ▸ Suggestions: one switch per recommender, kept in the settings. */
    public List<MenuItem> viewItems() {
        Menu menu = new Menu(messages.get("suggest.menu"));
        menu.setId("suggest-menu");
        for (String r : List.of(Suggestion.ATTRIBUTIONS, Suggestion.QUOTES, Suggestion.ENTITIES)) {
            CheckMenuItem item = new CheckMenuItem(messages.get("suggest.recommender." + r));
            item.setId("suggest-" + r);
            item.setSelected(vm.isOn(r));
            item.selectedProperty().addListener((o, a, on) -> {
                vm.setOn(r, on);
                settingsChanged.run();
            });
            menu.getItems().add(item);
        }
        return List.of(new SeparatorMenuItem(), menu);
    }

    /** Annotate ▸ the suggestion commands; the keys work on the article, so these carry no accelerators. */
    public List<MenuItem> annotateItems() {
        MenuItem next = item("suggest.next", () -> vm.step(true));
        MenuItem accept = item("suggest.accept", vm::acceptCurrent);
        MenuItem correct = item("suggest.correct.menu", correction::correctCurrent);
        correct.setId("suggest-correct");
        MenuItem reject = item("suggest.reject", vm::rejectCurrent);
        MenuItem entities = item("suggest.acceptAll.entities", () -> vm.acceptAll(Suggestion.ENTITIES));
        MenuItem attributions = item("suggest.acceptAll.attributions", () -> vm.acceptAll(Suggestion.ATTRIBUTIONS));
        MenuItem quotes = item("suggest.acceptAll.quotes", () -> vm.acceptAll(Suggestion.QUOTES));
        return List.of(new SeparatorMenuItem(), next, accept, correct, reject, entities, attributions, quotes);
    }

    /** The suggestion keys for Help ▸ Keyboard Shortcuts. */
    public String shortcutHelp() {
        return messages.get("suggest.help.title") + "\n"
                + String.format("  %-24s %s%n", javafx.scene.input.KeyCode.TAB.getName(), messages.get("suggest.help.next"))
                + String.format("  %-24s %s%n", "Shift+Tab", messages.get("suggest.help.previous"))
                + String.format("  %-24s %s%n", javafx.scene.input.KeyCode.ENTER.getName(), messages.get("suggest.help.accept"))
                + String.format("  %-24s %s%n", "Shift+Enter", messages.get("suggest.help.correct"))
                + String.format("  %-24s %s%n", javafx.scene.input.KeyCode.BACK_SPACE.getName(), messages.get("suggest.help.reject"));
    }

    /** A menu item whose id is its bundle key. */
    private MenuItem item(String key, Runnable run) {
        MenuItem i = new MenuItem(messages.get(key));
        i.setId(key);
        i.setOnAction(e -> run.run());
        return i;
    }
}
