package org.tandai.ui;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.tandai.i18n.Messages;
import org.tandai.ui.article.ArticleView;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Settings;
import org.tandai.ui.filters.FiltersViewModel;
import org.tandai.ui.filters.LegendView;
import org.tandai.ui.filters.ShowMenu;
import org.tandai.ui.layers.OtherLayersViewModel;
import org.tandai.ui.navigate.GoToBar;
import org.tandai.ui.navigate.Zoom;

/**
 * The window's wiring for issue 13's "Filters and layers", "Zoom" and "Go to position": View ▸ Show
 * and the legend, Zoom In/Out/Actual Size, Edit ▸ Go to Position…. Made by {@link Workbench} after its
 * own actions are defined, so these join the same action table (menus, shortcuts, Help).
 */
final class ViewOptions {
    private final FiltersViewModel filters;
    private final ShowMenu showMenu;
    private final LegendView legend;
    private final Zoom zoom;
    private final GoToBar goTo;

    private final TableSearchBars tables;

    ViewOptions(Workbench wb, Messages messages, Settings settings, MainMenu menu) {
        Runnable save = wb::saveSettings;
        ArticleView view = wb.articleView();
        ArticleViewModel article = wb.articleVm();
        OtherLayersViewModel layers = wb.otherLayersVm();
        StringProperty status = wb.vm().statusProperty();
        filters = new FiltersViewModel(article.visibility(), messages, settings, save);
        showMenu = new ShowMenu(filters);
        legend = new LegendView(filters, view.legend(), layers.enabledProperty(), layers.teamProperty());
        zoom = new Zoom(view.area(), settings, save, messages, status);
        goTo = new GoToBar(view.area(), () -> article.session() == null ? null : article.session().text(), messages);
        view.getChildren().add(view.getChildren().size() - 1, goTo); // above the text, like the find bar
        article.sessionProperty().addListener((o, a, s) -> sessionChanged(s));

        tables = new TableSearchBars(wb, messages);
        menu.add("edit", "filter.search.action", TableSearchBars.KEYS, false, false, tables::focusShown);
        menu.add("edit", "goto.action", "Shortcut+G", false, false, goTo::open);
        menu.add("view", MainMenu.SEPARATOR, null, false, false, null);
        menu.add("view", "zoom.in", "Shortcut+EQUALS or Shortcut+Shift+EQUALS or Shortcut+PLUS or Shortcut+ADD",
                false, false, zoom::in);
        menu.add("view", "zoom.out", "Shortcut+MINUS or Shortcut+SUBTRACT", false, false, zoom::out);
        menu.add("view", "zoom.reset", "Shortcut+0 or Shortcut+Numpad 0", false, false, zoom::reset);
    }

    /** The View menu's Show submenu, to append after the menus are built. */
    List<MenuItem> menuItems() {
        return List.of(new SeparatorMenuItem(), showMenu.menu());
    }

    private void sessionChanged(DocumentSession s) {
        if (s != null) {
            showMenu.setTags(s.tags());
        }
        legend.show(s == null ? null : s.tags());
    }
}
