package org.tandai.ui.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import org.controlsfx.control.StatusBar;
import org.tandai.store.SidecarStore;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.TaskRunner;

/**
 * Builds the suggestions' ViewModel and View and puts them into the window, so the workbench
 * wires suggestions with two lines: construct, then {@link #install}.
 */
public final class SuggestionsPanel {
    private final SuggestionsViewModel vm;
    private final SuggestionsView view;

    public SuggestionsPanel(TaskRunner tasks, SidecarStore store, ArticleViewModel article, AnnotationSelection selection,
            Node articleArea, Supplier<Path> folder, Settings settings, Runnable saveSettings, Consumer<String> status,
            org.tandai.i18n.Messages messages) {
        vm = new SuggestionsViewModel(tasks, store, article, selection, folder,
                settings.suggestionsOff == null ? List.of() : settings.suggestionsOff, status, messages);
        view = new SuggestionsView(vm, articleArea, () -> {
            settings.suggestionsOff = new ArrayList<>(vm.switchedOff());
            saveSettings.run();
        }, messages);
    }

    /** Adds the Suggestions tab, the status bar's count and the menu items (given to {@code menus} by menu name). */
    public void install(TabPane tabs, StatusBar bar, BiConsumer<String, List<MenuItem>> menus) {
        tabs.getTabs().add(view.tab());
        bar.getRightItems().add(0, view.countLabel());
        menus.accept("annotate", view.annotateItems());
        menus.accept("view", view.viewItems());
    }

    public SuggestionsViewModel vm() {
        return vm;
    }

    public SuggestionsView view() {
        return view;
    }
}
