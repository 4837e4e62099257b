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
import org.tandai.ui.AppContext;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Settings;

/**
 * Builds the suggestions' ViewModel and View and puts them into the window, so the workbench
 * wires suggestions with two lines: construct, then {@link #install}.
 */
public final class SuggestionsPanel {
    private final SuggestionsViewModel vm;
    private final SuggestionsView view;

    public SuggestionsPanel(AppContext ctx, ArticleViewModel article, AnnotationSelection selection,
            Node articleArea, Supplier<Path> folder, Settings settings, Runnable saveSettings, Consumer<String> status) {
        vm = new SuggestionsViewModel(ctx.tasks(), ctx.store(), article, selection, folder,
                settings.suggestionsOff == null ? List.of() : settings.suggestionsOff, status, ctx.messages());
        SuggestionCorrection correction = new SuggestionCorrection(vm, ctx.dialogs()::editSource,
                () -> article.selectedSpan(true), ctx.messages(), status);
        view = new SuggestionsView(vm, correction, ctx.messages(), articleArea, () -> {
            settings.suggestionsOff = new ArrayList<>(vm.switchedOff());
            saveSettings.run();
        });
    }

    /**
     * Adds the Suggestions tab, the status bar's count, the menu items (given to {@code menus} by
     * menu name) and the keys' lines for Help ▸ Keyboard Shortcuts (given to {@code help}).
     */
    public void install(TabPane tabs, StatusBar bar, BiConsumer<String, List<MenuItem>> menus, Consumer<String> help) {
        tabs.getTabs().add(view.tab());
        help.accept(view.shortcutHelp());
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
