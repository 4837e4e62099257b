package org.tandai.interchange;

import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.store.Problem;

/**
 * Tandai relations as W3C annotations (decision 0834): motivation {@code linking}, target the
 * {@code from} end's annotation IRI, bodies the relation type ({@code tagging}), a
 * SpecificResource whose source is the {@code to} end's annotation ({@code linking}), the
 * relation's attributes ({@code name=value}, tagging) and its note. An entity end is its first
 * exported mention's annotation. A relation whose end was not exported is left out with a warning.
 */
final class W3cRelations {
    private W3cRelations() {
    }

    /**
     * Writes the relations' annotations after the others; {@code ids} holds the IRIs of the
     * annotations written so far. Returns how many were written.
     */
    static int write(JsonOut items, AnnotatedDocument doc, String base, String file, Set<String> ids,
                     Consumer<Problem> problems) {
        if (doc.relations().isEmpty()) {
            return 0;
        }
        for (Relation r : doc.relations()) {
            if (Exports.exported(r)) {
                ids.add(base + ":" + r.id());
            }
        }
        int written = 0;
        for (Relation r : doc.relations()) {
            if (!Exports.exported(r)) {
                continue;
            }
            String from = iri(doc, base, r.from(), ids);
            String to = iri(doc, base, r.to(), ids);
            if (from == null || to == null) {
                problems.accept(Problem.warning(file, r.id(), "relation " + r.type() + " has an end that was not exported; "
                        + "not exported"));
                continue;
            }
            W3cExporter.annotation(items, base + ":" + r.id(), "linking").name("body").beginArray();
            W3cExporter.textual(items, r.type(), "tagging");
            W3cExporter.link(items, to, "linking");
            W3cExporter.tags(items, r.attributes(), "");
            if (r.note() != null) {
                W3cExporter.textual(items, r.note(), "commenting");
            }
            items.endArray().name("target").value(from).endObject();
            written++;
        }
        return written;
    }

    /** The IRI of the annotation that stands for an end, or null when none was exported. */
    private static String iri(AnnotatedDocument doc, String base, String id, Set<String> ids) {
        if (id == null) {
            return null;
        }
        if (doc.find(id) instanceof Entity e) {
            for (int i = 0; i < e.mentions().size(); i++) {
                if (ids.contains(base + ":" + id + ":" + i)) {
                    return base + ":" + id + ":" + i;
                }
            }
            return null;
        }
        return ids.contains(base + ":" + id) ? base + ":" + id : null;
    }
}
