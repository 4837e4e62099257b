package org.tandai.curation;

import java.util.Map;
import org.tandai.model.Annotation;
import org.tandai.model.Span;

/**
 * One layer's version of a {@link Unit}: the annotation it comes from (for a mention, the entity
 * that holds it), the span the unit is matched by (the mention, the claim's span, the source's cue
 * or content; null for a relation), and the unit's fields as comparable texts ("PERSON",
 * "“Kim Jong Un”", "0–11 “Kim Jong Un”"). Two versions agree on a field when the texts are equal.
 */
public record Version(String layer, Annotation annotation, Span span, Map<String, String> fields) {
    public Version {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** The text of a field, or "—" when the version does not have it. */
    public String field(String name) {
        return fields.getOrDefault(name, FieldText.NONE);
    }
}
