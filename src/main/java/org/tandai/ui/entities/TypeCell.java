package org.tandai.ui.entities;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Theme;

/** The type column: a coloured chip in the entity type's colour, matching the article highlight. */
final class TypeCell extends TableCell<Entity, Entity> {
    private final EntitiesViewModel vm;
    private final Label chip = new Label();

    TypeCell(EntitiesViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void updateItem(Entity e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        chip.setText(label(vm.session(), e.type()));
        chip.getStyleClass().setAll("label", "type-chip", Theme.entityClass(e.type()));
        setGraphic(chip);
        setText(null);
    }

    /** The type's label from the tag set ("Person"), or its name when the tag set lacks it. */
    static String label(DocumentSession s, String type) {
        TagSet.EntityType t = s == null || type == null ? null : s.tags().entityType(type);
        return t == null ? String.valueOf(type) : t.label();
    }
}
