package org.tandai.ui.filters;

import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import org.tandai.model.TagSet;

/**
 * View ▸ Show: one check item per entity type of the open tag set, then claims, sources, the two
 * statuses and the suggestions; regenerated when another tag set opens. Unchecking hides.
 */
public final class ShowMenu {
    private final FiltersViewModel vm;
    private final Menu menu;
    private TagSet shownTags;
    private boolean updating;

    public ShowMenu(FiltersViewModel vm) {
        this.vm = vm;
        menu = new Menu(vm.messages().get("filter.menu"));
        menu.setId("show-menu");
        vm.hidden().addListener((SetChangeListener<String>) c -> sync());
        setTags(TagSet.defaults());
    }

    public Menu menu() {
        return menu;
    }

    /** Rebuilds the items for a tag set (nothing when it is the one shown). */
    public void setTags(TagSet tags) {
        if (tags == shownTags) {
            return;
        }
        shownTags = tags;
        menu.getItems().clear();
        for (FiltersViewModel.Kind k : vm.kinds(tags)) {
            if (k.key().equals(org.tandai.ui.article.ArticleVisibility.CLAIM)) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            CheckMenuItem item = new CheckMenuItem(k.label());
            item.setId("show-" + k.key().replace(':', '-'));
            item.setUserData(k.key());
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", k.swatchClass());
            item.setGraphic(swatch);
            item.setSelected(vm.isShown(k.key()));
            item.selectedProperty().addListener((o, a, on) -> {
                if (!updating) {
                    vm.setShown(k.key(), on);
                }
            });
            menu.getItems().add(item);
        }
    }

    private void sync() {
        updating = true;
        for (MenuItem i : menu.getItems()) {
            if (i instanceof CheckMenuItem c && c.getUserData() instanceof String key) {
                c.setSelected(vm.isShown(key));
            }
        }
        updating = false;
    }
}
