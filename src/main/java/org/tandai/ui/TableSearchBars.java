package org.tandai.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.tandai.i18n.Messages;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.TagSet;
import org.tandai.ui.common.Describe;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.filters.TableFilterBar;

/**
 * A search field and column filters on top of the Entities, Claims and Sources tables (issue 13,
 * decision 1151): type and status for entities, kind, verdict and status for claims, form and status
 * for sources. Edit ▸ Search Table (Ctrl+K) focuses the field of the panel on show.
 */
final class TableSearchBars {
    private final Messages messages;
    private final Supplier<DocumentSession> session;
    private final List<TableFilterBar<?>> bars = new ArrayList<>();

    TableSearchBars(Workbench wb, Messages messages) {
        this.messages = messages;
        this.session = () -> wb.vm().session();
        String type = messages.get("filter.column.type");
        String status = messages.get("filter.column.status");
        Map<String, Function<Entity, String>> ent = new LinkedHashMap<>();
        ent.put(type, e -> typeLabel(e.type()));
        ent.put(status, this::status);
        Map<String, Function<Claim, String>> cl = new LinkedHashMap<>();
        cl.put(messages.get("filter.column.kind"), c -> Describe.label(tags().claimKinds(), c.claimKind()));
        cl.put(messages.get("filter.column.verdict"), c -> verdict(c.verdict()));
        cl.put(status, this::status);
        Map<String, Function<Source, String>> src = new LinkedHashMap<>();
        src.put(messages.get("filter.column.form"), s -> Describe.label(tags().sourceForms(), s.form()));
        src.put(status, this::status);
        bars.add(add(wb.entitiesView(), bar("entities", wb.entitiesView().filtered(),
                e -> e.name() + " " + typeLabel(e.type()) + " " + e.mentions().size(), ent)));
        // The Claims and Sources panels are built when first shown (decision 1225): their bars then.
        wb.claimsPanel().whenBuilt(v -> bars.add(add(v, bar("claims", v.filtered(), this::claimText, cl))));
        wb.sourcesPanel().whenBuilt(v -> bars.add(add(v, bar("sources", v.filtered(), this::sourceText, src))));
    }

    private <T> TableFilterBar<T> bar(String id, FilteredList<T> list, Function<T, String> text,
                                      Map<String, Function<T, String>> columns) {
        TableFilterBar<T> b = new TableFilterBar<>(id, messages, list, text, columns);
        b.field().setPromptText(messages.get("filter.search.prompt", javafx.scene.input.KeyCombination.valueOf(TableSearchBars.KEYS).getDisplayText()));
        return b;
    }

    /** The shortcut of Edit ▸ Search Table. */
    static final String KEYS = "Shortcut+K";

    private static <T> TableFilterBar<T> add(Pane view, TableFilterBar<T> bar) {
        view.getChildren().add(0, bar);
        return bar;
    }

    /** Focuses the search field of the table on show; false when no panel with one is shown. */
    boolean focusShown() {
        for (TableFilterBar<?> b : bars) {
            if (treeVisible(b)) {
                b.field().requestFocus();
                b.field().selectAll();
                return true;
            }
        }
        return false;
    }

    private static boolean treeVisible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private TagSet tags() {
        DocumentSession s = session.get();
        return s == null ? TagSet.defaults() : s.tags();
    }

    private String typeLabel(String type) {
        TagSet.EntityType t = type == null ? null : tags().entityType(type);
        return t == null ? String.valueOf(type) : t.label();
    }


    private String verdict(String name) {
        TagSet.Verdict v = name == null ? null : tags().verdict(name);
        return v == null ? (name == null ? "" : name) : v.label();
    }

    private String status(Annotation a) {
        return messages.get("filter.status." + a.status().key());
    }

    private String claimText(Claim c) {
        DocumentSession s = session.get();
        return (c.span() == null ? "" : c.span().exact()) + " " + c.statement() + " "
                + (s == null ? "" : Describe.entityName(s, c.claimant())) + " " + Describe.label(tags().claimKinds(), c.claimKind())
                + " " + verdict(c.verdict()) + " " + c.checkWorthiness();
    }

    private String sourceText(Source src) {
        DocumentSession s = session.get();
        return (s == null ? "" : Describe.speaker(s, src)) + " " + (src.cue() == null ? "" : src.cue().exact()) + " "
                + Describe.label(tags().sourceForms(), src.form()) + " " + String.join(" ", src.claimIds());
    }
}
