package org.tandai.ui.entities;

import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Theme;

/** The type column: a coloured chip in the entity type's colour, matching the article highlight. */
final class TypeCell extends TreeTableCell<Object, Object> {
    private final EntitiesViewModel vm;
    private final Label chip = new Label();

    TypeCell(EntitiesViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || !(item instanceof Entity e)) {
            setGraphic(null);
            setText(null);
            return;
        }
        DocumentSession s = vm.session();
        TagSet.EntityType t = s == null ? null : s.tags().entityType(e.type());
        chip.setText(t == null ? e.type() : t.label());
        chip.getStyleClass().setAll("label", "type-chip", Theme.entityClass(e.type()));
        setGraphic(chip);
        setText(null);
    }
}
