package org.tandai.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.tandai.i18n.Messages;
import org.tandai.model.Kind;

/**
 * The tabs beside the article: Entities, Claims, Sources, Relations, Orphans and Conflicts, in
 * that order. Orphans and Conflicts show their counts in the tab title. Knows which tab shows
 * which kind, which to bring forward when an article opens, and what gets focus in each. A tab's
 * content is built when the tab is first selected (or when the panel is asked for elsewhere):
 * only the Entities tab is on show at start (decision 1225).
 */
final class PanelTabs {
    static final int ENTITIES = 0;
    static final int CLAIMS = 1;
    static final int SOURCES = 2;
    static final int RELATIONS = 3;
    static final int ORPHANS = 4;
    static final int CONFLICTS = 5;

    private final TabPane pane = new TabPane();
    private final List<Supplier<? extends Control>> focusTargets;

    /** Each panel, built on first use, with the control that takes the focus when its tab is shown (its table). */
    record Panel(LazyPanel<? extends Node> view, Supplier<? extends Control> focus) {
    }

    PanelTabs(Messages messages, Panel entities, Panel claims, Panel sources, Panel relations, Panel orphans, ObservableList<?> orphanItems,
            Panel conflicts, ObservableList<?> conflictItems) {
        pane.getTabs().addAll(tab(messages, "entities", entities), tab(messages, "claims", claims),
                tab(messages, "sources", sources), tab(messages, "relations", relations),
                counted(messages, "orphans", orphans, orphanItems),
                counted(messages, "conflicts", conflicts, conflictItems));
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        focusTargets = List.of(entities.focus(), claims.focus(), sources.focus(), relations.focus(), orphans.focus(),
                conflicts.focus());
    }

    /**
     * The tab of panel {@code id}: its title is {@code tab.ID}, its id {@code tab-ID}; selecting it
     * builds the panel, which becomes its content whoever built it.
     */
    private static Tab tab(Messages messages, String id, Panel panel) {
        Tab t = new Tab(messages.get("tab." + id));
        t.setId("tab-" + id);
        panel.view().whenBuilt(t::setContent);
        t.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                panel.view().get();
            }
        });
        return t;
    }

    private static Tab counted(Messages messages, String id, Panel panel, ObservableList<?> items) {
        Tab t = tab(messages, id, panel);
        String title = t.getText();
        t.textProperty().bind(Bindings.size(items).map(n -> n.intValue() == 0 ? title : messages.get("tab.counted", title, n)));
        return t;
    }

    TabPane pane() {
        return pane;
    }

    /** Alt+1 … Alt+6: shows the tab and puts the focus in its table. */
    void show(int index) {
        pane.getSelectionModel().select(index);
        focusTargets.get(index).get().requestFocus();
    }

    /** Brings forward the tab that lists annotations of this kind (the focus stays where it is). */
    void select(Kind kind) {
        pane.getSelectionModel().select(switch (kind) {
            case ENTITY -> ENTITIES;
            case CLAIM -> CLAIMS;
            case SOURCE -> SOURCES;
            case RELATION -> RELATIONS;
        });
    }

    /**
     * On open: merge conflicts first (a merge left the file half-decided), then orphans; otherwise
     * the tab stays as the user left it.
     */
    void selectOnOpen(boolean conflicts, boolean orphans) {
        if (conflicts) {
            pane.getSelectionModel().select(CONFLICTS);
        } else if (orphans) {
            pane.getSelectionModel().select(ORPHANS);
        }
    }
}
