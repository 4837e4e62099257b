package org.tandai.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandai.model.TagSet;

/**
 * The attribute controls of one detail form, generated from the tag set's attributes for a target
 * (a kind key such as "claim", or {@link TagSet#MENTION}): a check box for a flag, a drop-down with
 * an empty choice for one of a list, a text field for free text. Every change is passed to the
 * setter the form was shown with (name, value; null = unset), which makes it an undoable edit.
 *
 * <p>Values the tag set does not declare for the target, or that break its rules (a file's
 * "sarcasm", a choice no longer in the list), are shown read-only with a Remove button, never
 * silently dropped. Controls are kept while the same attributes are shown, so a keyboard user who
 * toggles a box keeps the focus on it after the edit refills the form.
 */
public final class AttributesForm extends VBox {
    private final String target;
    private final Label heading;
    private final GridPane grid = Forms.grid();
    private final List<Node> controls = new ArrayList<>();
    /** What the controls were built for: the declared attributes, and the names shown read-only. */
    private List<TagSet.Attribute> builtFor = List.of();
    private List<String> builtOthers = List.of();
    private BiConsumer<String, Object> setter = (n, v) -> { };
    private boolean filling;
    private final org.tandai.i18n.Messages messages;

    /** {@code target} is a kind key ("claim") or {@link TagSet#MENTION}; {@code title} heads the section. */
    public AttributesForm(String target, String title, org.tandai.i18n.Messages messages) {
        this.target = target;
        this.messages = messages;
        getStyleClass().add("attributes-form");
        setId("attributes-" + target);
        heading = new Label(title);
        heading.getStyleClass().add("form-label");
        getChildren().addAll(heading, grid);
        setSpacing(2);
        show(null, null, false, null);
    }

    /**
     * Shows {@code values} (null: nothing is shown) under the attributes {@code tags} declares for
     * the target; {@code set} receives the user's changes. Hidden when there is nothing to show.
     */
    public void show(TagSet tags, Map<String, Object> values, boolean editable, BiConsumer<String, Object> set) {
        if (tags == null || values == null) {
            // Hidden but kept: a form that shows nothing for a moment (a table swapping the edited
            // row) must not rebuild, or the focused control would leave the scene.
            setVisible(false);
            setManaged(false);
            setter = (n, v) -> { };
            return;
        }
        List<TagSet.Attribute> declared = tags.attributesFor(target);
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            TagSet.Attribute a = tags.attribute(target, e.getKey());
            if (a == null || a.problemWith(e.getValue()) != null) {
                others.add(e.getKey());
            }
        }
        boolean any = !declared.isEmpty() || !others.isEmpty();
        setVisible(any);
        setManaged(any);
        setter = set == null ? (n, v) -> { } : set;
        filling = true;
        try {
            if (!declared.equals(builtFor) || !others.equals(builtOthers)) {
                build(declared, others, values);
                builtFor = declared;
                builtOthers = List.copyOf(others);
            }
            int i = 0;
            for (TagSet.Attribute a : declared) {
                fill(controls.get(i++), a, values.get(a.name()), others.contains(a.name()));
            }
            grid.setDisable(!editable);
        } finally {
            filling = false;
        }
    }

    private void build(List<TagSet.Attribute> declared, List<String> others, Map<String, Object> values) {
        grid.getChildren().clear();
        controls.clear();
        int row = 0;
        for (TagSet.Attribute a : declared) {
            Node c = control(a);
            controls.add(c);
            Forms.row(grid, row++, a.label(), c);
        }
        for (String name : others) {
            Object v = values.get(name);
            TagSet.Attribute a = builtForDeclared(declared, name);
            String why = a == null ? messages.get("attributes.notInTagSet") : a.problemWith(v);
            Label shown = new Label(v + "  (" + why + ")");
            shown.setId("attr-" + target + "-" + name);
            shown.getStyleClass().add("attribute-unknown");
            shown.setWrapText(true);
            Button remove = new Button(messages.get("common.remove"));
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            remove.setOnAction(e -> setter.accept(name, null));
            HBox box = new HBox(6, shown, remove);
            HBox.setHgrow(shown, Priority.ALWAYS);
            Forms.row(grid, row++, name, box);
        }
    }

    private static TagSet.Attribute builtForDeclared(List<TagSet.Attribute> declared, String name) {
        for (TagSet.Attribute a : declared) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    private Node control(TagSet.Attribute a) {
        String id = "attr-" + target + "-" + a.name();
        switch (a.type()) {
            case BOOLEAN -> {
                CheckBox box = new CheckBox();
                box.setId(id);
                box.selectedProperty().addListener((o, was, now) -> changed(a.name(), now ? Boolean.TRUE : null));
                return box;
            }
            case CHOICE -> {
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(a.values());
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(items));
                combo.setId(id);
                combo.setConverter(Forms.converter(v -> v.isEmpty() ? "\u2014" : v));
                combo.valueProperty().addListener((o, was, now) -> changed(a.name(), now == null || now.isEmpty() ? null : now));
                return combo;
            }
            case TEXT -> {
                TextField field = new TextField();
                field.setId(id);
                Forms.commitOnLeave(field, v -> changed(a.name(), v == null || v.isBlank() ? null : v.strip()));
                return field;
            }
        }
        throw new IllegalStateException(a.type().toString());
    }

    @SuppressWarnings("unchecked")
    private void fill(Node c, TagSet.Attribute a, Object value, boolean invalid) {
        Object v = invalid ? null : value;
        switch (a.type()) {
            case BOOLEAN -> ((CheckBox) c).setSelected(Boolean.TRUE.equals(v));
            case CHOICE -> ((ComboBox<String>) c).setValue(v == null ? "" : (String) v);
            case TEXT -> ((TextField) c).setText(v == null ? "" : (String) v);
        }
    }

    private void changed(String name, Object value) {
        if (!filling) {
            setter.accept(name, value);
        }
    }

    /** The controls by attribute, for tests and focus: the check box, drop-down or field. */
    public List<Node> controls() {
        return List.copyOf(controls);
    }
}
