package org.tandai.ui.layers;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;

/**
 * The View menu's part of {@link OtherLayersViewModel}: "Other annotators' layers" (the setting)
 * and "Layers Shown", one check item per other layer of the article with its colour as a swatch,
 * which is also the legend. Both appear only in team mode; a layer whose file cannot be read is
 * listed, greyed, with "(cannot be read)".
 */
public final class OtherLayersMenu {
    private final OtherLayersViewModel vm;
    private final org.tandai.i18n.Messages messages;
    private final SeparatorMenuItem separator = new SeparatorMenuItem();
    private final CheckMenuItem toggle;
    private final Menu layers;

    public OtherLayersMenu(OtherLayersViewModel vm, org.tandai.i18n.Messages messages) {
        this.vm = vm;
        this.messages = messages;
        toggle = new CheckMenuItem(messages.get("layers.toggle"));
        layers = new Menu(messages.get("layers.menu"));
        toggle.setId("other-layers-toggle");
        layers.setId("other-layers-menu");
        toggle.selectedProperty().bindBidirectional(vm.enabledProperty());
        separator.visibleProperty().bind(vm.teamProperty());
        toggle.visibleProperty().bind(vm.teamProperty());
        layers.visibleProperty().bind(vm.teamProperty());
        layers.disableProperty().bind(vm.enabledProperty().not().or(Bindings.isEmpty(vm.items())));
        vm.items().addListener((ListChangeListener<OtherLayersViewModel.Item>) c -> rebuild());
    }

    /** The items to append to the View menu, in order. */
    public List<MenuItem> items() {
        return List.of(separator, toggle, layers);
    }

    public CheckMenuItem toggle() {
        return toggle;
    }

    public Menu layers() {
        return layers;
    }

    /** Items and their layers are replaced together at each read, so the bindings go with them. */
    private void rebuild() {
        layers.getItems().clear();
        for (OtherLayersViewModel.Item item : vm.items()) {
            String name = item.layer().label();
            CheckMenuItem check = new CheckMenuItem(item.problem() == null ? name : messages.get("layers.unreadable", name));
            check.setId("layer-" + name);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "peer-swatch", item.colourClass());
            check.setGraphic(swatch);
            check.setDisable(item.problem() != null);
            check.selectedProperty().bindBidirectional(item.shownProperty());
            layers.getItems().add(check);
        }
    }
}
