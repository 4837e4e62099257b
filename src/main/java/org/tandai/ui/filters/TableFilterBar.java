package org.tandai.ui.filters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandai.i18n.Messages;

/**
 * A table's search field, one menu of check items per filterable column (type, verdict, form,
 * status…) and "n of m shown", over the {@link FilteredList} the table shows (decision 1151). The
 * list filters the view model's own list, so edits, undo and the selection keep working on the
 * document's rows; Esc in the field clears it.
 */
public final class TableFilterBar<T> extends VBox {
    private final Messages messages;
    private final ObservableList<T> all;
    private final FilteredList<T> shown;
    private final TableSearch<T> search;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Map<String, MenuButton> menus = new LinkedHashMap<>();

    /**
     * {@code id} names the field ({@code id + "-search"}) and the count ({@code id + "-shown"});
     * {@code columns} maps each filterable column's shown name to its value in a row.
     */
    public TableFilterBar(String id, Messages messages, FilteredList<T> shown, Function<T, String> text,
                          Map<String, Function<T, String>> columns) {
        this.messages = messages;
        @SuppressWarnings("unchecked")
        ObservableList<T> source = (ObservableList<T>) shown.getSource();
        this.all = source;
        this.shown = shown;
        this.search = new TableSearch<>(text, columns);
        getStyleClass().add("table-filter-bar");
        field.setId(id + "-search");
        field.getStyleClass().add("table-search");
        field.setTooltip(new Tooltip(messages.get("filter.search.tip")));
        field.textProperty().addListener((o, a, q) -> {
            search.setQuery(q);
            refilter();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        count.setId(id + "-shown");
        count.getStyleClass().add("table-filter-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        HBox top = new HBox(6, field, count);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        FlowPane filters = new FlowPane(6, 4);
        for (String col : columns.keySet()) {
            MenuButton b = new MenuButton();
            b.setId(id + "-filter-" + col.toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("column-filter");
            b.setFocusTraversable(true);
            b.setOnShowing(e -> fill(col, b));
            menus.put(col, b);
            label(col);
            filters.getChildren().add(b);
        }
        Button clear = new Button(messages.get("filter.clear"));
        clear.setOnAction(e -> clear());
        filters.getChildren().add(clear);
        getChildren().addAll(top, filters);
        setSpacing(4);
        InvalidationListener counts = o -> showCount();
        all.addListener(counts);
        shown.addListener(counts);
        showCount();
    }

    public TextField field() {
        return field;
    }

    public Label count() {
        return count;
    }

    /** Chooses the values of a column filter, as its check items do. */
    public void choose(String column, Set<String> values) {
        search.choose(column, values);
        label(column);
        refilter();
    }

    public void clear() {
        field.clear();
        for (String col : menus.keySet()) {
            search.choose(col, Set.of());
            label(col);
        }
        refilter();
    }

    /** The column's values present in the rows now, each a check item; the chosen ones checked. */
    private void fill(String col, MenuButton b) {
        Set<String> values = new TreeSet<>();
        for (T row : all) {
            values.add(search.valueOf(col, row));
        }
        values.addAll(search.chosen(col));
        b.getItems().clear();
        CheckMenuItem any = new CheckMenuItem(messages.get("filter.column.all"));
        any.setSelected(search.chosen(col).isEmpty());
        any.setOnAction(e -> choose(col, Set.of()));
        b.getItems().addAll(any, new SeparatorMenuItem());
        for (String v : values) {
            CheckMenuItem item = new CheckMenuItem(v.isEmpty() ? messages.get("filter.column.none") : v);
            item.setSelected(search.chosen(col).contains(v));
            item.setOnAction(e -> {
                Set<String> now = new TreeSet<>(search.chosen(col));
                if (item.isSelected()) {
                    now.add(v);
                } else {
                    now.remove(v);
                }
                choose(col, now);
                any.setSelected(now.isEmpty());
            });
            b.getItems().add(item);
        }
    }

    private void label(String col) {
        Set<String> c = search.chosen(col);
        String what = c.isEmpty() ? messages.get("filter.column.all")
                : String.join(", ", c.stream().map(v -> v.isEmpty() ? messages.get("filter.column.none") : v).toList());
        menus.get(col).setText(col + ": " + what);
    }

    private void refilter() {
        shown.setPredicate(search.isActive() ? search.predicate() : null);
        showCount();
    }

    private void showCount() {
        count.setText(messages.get("filter.shown", String.valueOf(shown.size()), String.valueOf(all.size())));
    }
}
