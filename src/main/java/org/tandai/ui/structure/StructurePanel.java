package org.tandai.ui.structure;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.tandai.i18n.Messages;
import org.tandai.ui.article.AnnotateActions;
import org.tandai.ui.article.ArticleView;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Settings;

/**
 * Seeing the structure (issue 13): builds the structure overlay over the article, its View items
 * (Labels: Off / Normal / Compact, All Arcs in View, both kept in the settings) and the Mark All
 * note about mentions that fell inside other entities. The one object the workbench makes for it.
 */
public final class StructurePanel {
    private final StructureViewModel vm;
    private final StructureView view;
    private final Messages messages;
    private final Settings settings;
    private final Runnable saveSettings;

    public StructurePanel(Messages messages, ArticleView article, ArticleViewModel articleVm, AnnotationSelection selection,
                          AnnotateActions annotate, Settings settings, Runnable saveSettings) {
        this.messages = messages;
        this.settings = settings;
        this.saveSettings = saveSettings;
        vm = new StructureViewModel(articleVm, selection, messages);
        vm.labelsProperty().set(mode(settings.spanLabels));
        vm.allArcsProperty().set(settings.allArcs);
        view = new StructureView(vm, article.area(), messages);
        article.textStack().getChildren().add(view);
        annotate.setNestedNote(new NestedMentions(articleVm, messages)::note);
    }

    static StructureViewModel.LabelMode mode(String setting) {
        try {
            return setting == null ? StructureViewModel.LabelMode.OFF
                    : StructureViewModel.LabelMode.valueOf(setting.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return StructureViewModel.LabelMode.OFF; // a settings file from elsewhere: labels stay off
        }
    }

    /** Appends View ▸ Labels and View ▸ All Arcs in View through {@code append} (MainMenu's). */
    public void install(BiConsumer<String, List<? extends MenuItem>> append) {
        Menu labels = new Menu(messages.get("labels.menu"));
        labels.setId("labels-menu");
        ToggleGroup group = new ToggleGroup();
        for (StructureViewModel.LabelMode m : StructureViewModel.LabelMode.values()) {
            String key = m.name().toLowerCase(Locale.ROOT);
            RadioMenuItem item = new RadioMenuItem(messages.get("labels." + key));
            item.setId("labels-" + key);
            item.setToggleGroup(group);
            item.setSelected(vm.labelsProperty().get() == m);
            item.setOnAction(e -> {
                vm.labelsProperty().set(m);
                settings.spanLabels = key;
                saveSettings.run();
            });
            labels.getItems().add(item);
        }
        CheckMenuItem arcs = new CheckMenuItem(messages.get("arcs.all"));
        arcs.setId("arcs-all");
        arcs.setSelected(vm.allArcsProperty().get());
        arcs.selectedProperty().addListener((o, a, on) -> {
            vm.allArcsProperty().set(on);
            settings.allArcs = on;
            saveSettings.run();
        });
        append.accept("view", List.of(new SeparatorMenuItem(), labels, arcs));
    }

    public StructureViewModel viewModel() {
        return vm;
    }

    public StructureView view() {
        return view;
    }
}
