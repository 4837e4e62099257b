package org.tandai.ui;

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
 * which kind, which to bring forward when an article opens, and what gets focus in each.
 */
final class PanelTabs {
    static final int ENTITIES = 0;
    static final int CLAIMS = 1;
    static final int SOURCES = 2;
    static final int RELATIONS = 3;
    static final int ORPHANS = 4;
    static final int CONFLICTS = 5;

    private final TabPane pane = new TabPane();
    private final Control[] focusTargets;

    /** Each panel with the control that takes the focus when its tab is shown (its table). */
    record Panel(Node content, Control focus) {
    }

    PanelTabs(Messages messages, Panel entities, Panel claims, Panel sources, Panel relations, Panel orphans, ObservableList<?> orphanItems,
            Panel conflicts, ObservableList<?> conflictItems) {
        pane.getTabs().addAll(tab(messages, "entities", entities.content()), tab(messages, "claims", claims.content()),
                tab(messages, "sources", sources.content()), tab(messages, "relations", relations.content()),
                counted(messages, "orphans", orphans.content(), orphanItems),
                counted(messages, "conflicts", conflicts.content(), conflictItems));
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        focusTargets = new Control[] {entities.focus(), claims.focus(), sources.focus(), relations.focus(), orphans.focus(),
            conflicts.focus()};
    }

    /** The tab of panel {@code id}: its title is {@code tab.ID}, its id {@code tab-ID}. */
    private static Tab tab(Messages messages, String id, Node content) {
        Tab t = new Tab(messages.get("tab." + id), content);
        t.setId("tab-" + id);
        return t;
    }

    private static Tab counted(Messages messages, String id, Node content, ObservableList<?> items) {
        Tab t = tab(messages, id, content);
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
        focusTargets[index].requestFocus();
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
