package org.tandai.ui;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.tandai.i18n.Messages;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.Settings;

/**
 * View ▸ Language: System, English, Bahasa Indonesia as radio items. Choosing one saves
 * {@link Settings#language} (null for System) and says that the window shows it from the next start
 * (decision 1111): the window is not rebuilt in place. The checked item is the saved setting, which
 * is not necessarily the language shown: {@code --lang} wins for the run.
 */
final class LanguageMenu {
    /** The radio items' ids, which are also the saved values ("system" saves null). */
    static final List<String> CHOICES = List.of("system", "en", "id");

    private final Messages messages;
    private final Settings settings;
    private final Runnable save;
    private final DialogService dialogs;
    private final Menu menu;

    LanguageMenu(Messages messages, Settings settings, Runnable save, DialogService dialogs) {
        this.messages = messages;
        this.settings = settings;
        this.save = save;
        this.dialogs = dialogs;
        menu = new Menu(messages.get("language.menu"));
        menu.setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        String saved = settings.language == null || !Messages.LANGUAGES.contains(settings.language) ? "system" : settings.language;
        for (String choice : CHOICES) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + choice));
            item.setId("language-" + choice);
            item.setToggleGroup(group);
            item.setSelected(choice.equals(saved));
            // On the selection, not the action: a click on the checked item changes nothing.
            item.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    choose(choice);
                }
            });
            menu.getItems().add(item);
        }
    }

    /** The items to append to the View menu. */
    List<MenuItem> items() {
        return List.of(new SeparatorMenuItem(), menu);
    }

    Menu menu() {
        return menu;
    }

    private void choose(String choice) {
        settings.language = choice.equals("system") ? null : choice;
        save.run();
        dialogs.notify(messages.get("language.changed", messages.get("language." + choice)));
    }
}
