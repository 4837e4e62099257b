package org.tandai.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tandai.model.Annotation;
import org.tandai.model.Entity;
import org.tandai.model.Span;

/**
 * Undoable edits of attribute values (issue 10): an annotation's own, and an entity mention's,
 * which live on the span. Split from {@link Edits}, which makes, changes and deletes annotations.
 */
public final class AttributeEdits {
    private final DocumentSession s;

    public AttributeEdits(DocumentSession session) {
        this.s = session;
    }

    /**
     * Sets one attribute of an annotation; a null value removes it from the map (unset). Returns
     * false when nothing changes.
     */
    public boolean setAttribute(String id, String name, Object value) {
        Annotation before = s.find(id);
        if (before == null || Objects.equals(before.attributes().get(name), value)) {
            return false;
        }
        Annotation after = before.copy();
        if (value == null) {
            after.attributes().remove(name);
        } else {
            after.attributes().put(name, value);
        }
        return s.apply(what(name, value) + s.messages().get("edit.attribute.on", Edits.label(s.messages(), before)), List.of(Change.replace(before, s.stamp(after))));
    }

    /**
     * Sets one attribute of an entity's mention (on the span, {@code Span.withAttributes}); a null
     * value removes it. Returns the mention as it now is (the span changes with its attributes),
     * or null when nothing changed.
     */
    public Span setMentionAttribute(String entityId, Span mention, String name, Object value) {
        Entity before = s.entity(entityId);
        int i = before == null ? -1 : before.mentions().indexOf(mention);
        if (i < 0 || Objects.equals(mention.attributes().get(name), value)) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(mention.attributes());
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        Span changed = mention.withAttributes(values);
        Entity after = before.copy();
        after.mentions().set(i, changed);
        return s.apply(what(name, value) + s.messages().get("edit.attribute.onMention", mention.exact()),
                List.of(Change.replace(before, s.stamp(after)))) ? changed : null;
    }

    /** "Set negated", "Set certainty to low", "Clear certainty". */
    private String what(String name, Object value) {
        return value == null ? s.messages().get("edit.attribute.clear", name) : value instanceof Boolean b && b
                ? s.messages().get("edit.attribute.set", name) : s.messages().get("edit.attribute.setTo", name, String.valueOf(value));
    }

}
