package org.tandai.ui.filters;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.tandai.model.TagSet;

/**
 * The legend strip over the article: a swatch and a name per kind of highlight, each a toggle that
 * shows or hides that kind (the same as View ▸ Show), plus the other annotators' layers in team mode
 * (the View menu's own toggle) and the find colours, which only explain. A hidden kind is greyed and
 * struck through.
 */
public final class LegendView {
    private final FiltersViewModel vm;
    private final FlowPane pane;
    private final BooleanProperty layersShown;
    private final ObservableBooleanValue team;

    public LegendView(FiltersViewModel vm, FlowPane pane, BooleanProperty layersShown, ObservableBooleanValue team) {
        this.vm = vm;
        this.pane = pane;
        this.layersShown = layersShown;
        this.team = team;
        vm.hidden().addListener((SetChangeListener<String>) c -> sync());
    }

    /** Fills the strip for a tag set; null (no article) empties it. */
    public void show(TagSet tags) {
        pane.getChildren().clear();
        if (tags == null) {
            return;
        }
        for (FiltersViewModel.Kind k : vm.kinds(tags)) {
            ToggleButton b = toggle("legend-" + k.key().replace(':', '-'), k.swatchClass(), k.label());
            b.setUserData(k.key());
            b.setSelected(vm.isShown(k.key()));
            b.setOnAction(e -> vm.setShown(k.key(), b.isSelected()));
            pane.getChildren().add(b);
        }
        ToggleButton layers = toggle("legend-layers", "peer-legend-swatch", vm.messages().get("filter.kind.layers"));
        layers.selectedProperty().bindBidirectional(layersShown);
        layers.visibleProperty().bind(team);
        layers.managedProperty().bind(team);
        pane.getChildren().add(layers);
        pane.getChildren().addAll(note("find-swatch", vm.messages().get("filter.legend.find")),
                note("find-current-swatch", vm.messages().get("filter.legend.findCurrent")));
        sync();
    }

    private ToggleButton toggle(String id, String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        ToggleButton b = new ToggleButton(text, swatch);
        b.setId(id);
        b.getStyleClass().add("legend-toggle");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(vm.messages().get("filter.legend.tip")));
        return b;
    }

    private static Node note(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        HBox item = new HBox(swatch, new Label(text));
        item.getStyleClass().add("legend-item");
        return item;
    }

    private void sync() {
        for (Node n : pane.getChildren()) {
            if (n instanceof ToggleButton b && b.getUserData() instanceof String key) {
                b.setSelected(vm.isShown(key));
            }
        }
    }
}
