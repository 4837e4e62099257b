package org.tandai.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.model.TagSet;

/**
 * Relation types and attributes an import met that the folder's tag set does not declare. They are
 * added to {@code tagset.json} ({@link TagSet#withRelationTypes}, {@link TagSet#withAttributes}) so
 * the imported annotations validate and export gives them back: an attribute only ever seen as
 * {@code true} is BOOLEAN, one with text values CHOICE over the values seen (decision 0832).
 */
final class ImportedTags {
    private final Set<String> relationTypes = new LinkedHashSet<>();
    /** Attribute name → where it was seen (kind keys or "mention"). */
    private final Map<String, Set<String>> on = new LinkedHashMap<>();
    /** Attribute name → text values seen (empty for a boolean). */
    private final Map<String, Set<String>> values = new LinkedHashMap<>();

    void collect(AnnotatedDocument doc, TagSet tags) {
        for (Relation r : doc.relations()) {
            if (tags.relationType(r.type()) == null) {
                relationTypes.add(r.type());
            }
        }
        for (Annotation a : doc.all()) {
            note(a.kind().key(), a.attributes(), tags);
            if (a instanceof Entity e) {
                for (Span m : e.mentions()) {
                    note(TagSet.MENTION, m.attributes(), tags);
                }
            }
        }
    }

    private void note(String target, Map<String, Object> attrs, TagSet tags) {
        attrs.forEach((name, v) -> {
            if (tags.attribute(target, name) != null) {
                return;
            }
            on.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(target);
            Set<String> vs = values.computeIfAbsent(name, k -> new LinkedHashSet<>());
            if (v instanceof String s) {
                vs.add(s);
            }
        });
    }

    /** The relation types found that the tag set did not declare, in the order met. */
    List<String> relationTypes() {
        return List.copyOf(relationTypes);
    }

    /** The attributes found that the tag set did not declare, in the order met. */
    List<String> attributes() {
        return List.copyOf(on.keySet());
    }

    boolean isEmpty() {
        return relationTypes.isEmpty() && on.isEmpty();
    }

    TagSet addTo(TagSet tags) {
        List<TagSet.Attribute> attrs = new ArrayList<>();
        on.forEach((name, targets) -> {
            List<String> vs = new ArrayList<>(values.get(name));
            attrs.add(new TagSet.Attribute(name, name, targets, vs.isEmpty() ? TagSet.AttributeType.BOOLEAN
                    : TagSet.AttributeType.CHOICE, vs));
        });
        return tags.withRelationTypes(new ArrayList<>(relationTypes)).withAttributes(attrs);
    }
}
