package org.tandai.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.tandai.model.TagSet;

/** Small helpers shared by the detail forms: a two-column grid, label converters, commit-on-leave. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("detail-form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /**
     * A table column of a short value (a type, a verdict, a count): it keeps {@code width}, so its
     * header and values are never cut, and the table's text columns take the room that is left
     * (issue 13, decision 1103).
     */
    public static void narrow(javafx.scene.control.TableColumn<?, ?> col, double width) {
        col.setMinWidth(width);
        col.setPrefWidth(width);
        col.setMaxWidth(width * 1.4);
    }

    /** A table column of free text: at least {@code min} wide, it takes the room the narrow ones leave. */
    public static void wide(javafx.scene.control.TableColumn<?, ?> col, double min) {
        col.setMinWidth(min);
        col.setPrefWidth(min * 2);
    }

    public static void row(GridPane g, int row, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        g.add(l, 0, row);
        g.add(field, 1, row);
        if (field instanceof javafx.scene.layout.Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
    }

    /** Calls {@code commit} with the text when the field loses focus or Enter is pressed in a one-line field. */
    public static void commitOnLeave(TextInputControl field, Consumer<String> commit) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commit.accept(field.getText());
            }
        });
        if (field instanceof javafx.scene.control.TextField tf) {
            tf.setOnAction(e -> commit.accept(tf.getText()));
        }
    }

    /** The property {@code ComboBoxListViewSkin} reads to measure only the first rows of its list. */
    private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    /** The width a picker asks for; in a form it is stretched to the column anyway. */
    private static final double PICKER_WIDTH = 220;

    /**
     * Keeps a combo box (or a ControlsFX picker wrapping one in its skin) from measuring its items.
     * By default a combo box's preferred width is its widest item: JavaFX builds, styles and
     * measures a cell for every item, again whenever the items change. For an entity picker over
     * thousands of entities that cost tens of milliseconds on every layout after an edit. A fixed
     * preferred width skips it (the form stretches the field to its column), and the drop-down
     * list sizes itself from its first rows.
     */
    public static <C extends javafx.scene.control.Control> C cheapWidth(C combo) {
        cheapWidthOf(combo);
        combo.skinProperty().addListener((o, a, skin) -> {
            if (skin instanceof javafx.scene.control.SkinBase<?> base) {
                for (Node n : base.getChildren()) {
                    if (n instanceof javafx.scene.control.ComboBox<?> inner) {
                        cheapWidthOf(inner);
                    }
                }
            }
        });
        return combo;
    }

    private static void cheapWidthOf(javafx.scene.control.Control c) {
        c.getProperties().put(ROWS_TO_MEASURE, 30);
        c.setPrefWidth(PICKER_WIDTH);
    }

    /** Shows label names ("Mostly true") for file names ("mostly-true"); null shows as "—". */
    public static StringConverter<String> labels(List<TagSet.Label> labels) {
        return converter(n -> Describe.label(labels, n));
    }

    public static StringConverter<String> verdicts(TagSet tags) {
        return converter(n -> n == null ? "\u2014" : Describe.verdictLabel(tags, n));
    }

    /** Shows entities as in every entity picker; typed text is not turned into an entity. */
    public static StringConverter<org.tandai.model.Entity> entities() {
        return new StringConverter<>() {
            @Override
            public String toString(org.tandai.model.Entity e) {
                return e == null ? "" : Describe.entityChoice(e);
            }

            @Override
            public org.tandai.model.Entity fromString(String s) {
                return null;
            }
        };
    }

    public static StringConverter<String> converter(java.util.function.Function<String, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "\u2014" : toText.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    /**
     * Selects and reveals the row of the annotation with this id (the selection listener then
     * fills the form); does nothing when it is already selected or not in the table.
     */
    public static <T extends org.tandai.model.Annotation> void selectRow(javafx.scene.control.TableView<T> table, String id) {
        if (id == null) {
            return;
        }
        List<T> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                if (table.getSelectionModel().getSelectedItem() != items.get(i)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 2));
                }
                return;
            }
        }
    }
}
