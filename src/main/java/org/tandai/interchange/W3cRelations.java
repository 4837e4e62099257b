package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
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

    static void add(JsonArray items, AnnotatedDocument doc, String base, String file, Consumer<Problem> problems) {
        Set<String> ids = new HashSet<>();
        for (JsonElement el : items) {
            ids.add(el.getAsJsonObject().get("id").getAsString());
        }
        for (Relation r : doc.relations()) {
            if (!Exports.exported(r)) {
                continue;
            }
            ids.add(base + ":" + r.id());
        }
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
            JsonObject anno = W3cExporter.annotation(base + ":" + r.id(), "linking");
            JsonArray body = new JsonArray();
            body.add(W3cExporter.textual(r.type(), "tagging"));
            body.add(W3cExporter.link(to, "linking"));
            W3cExporter.tags(body, r.attributes(), "");
            if (r.note() != null) {
                body.add(W3cExporter.textual(r.note(), "commenting"));
            }
            anno.add("body", body);
            anno.addProperty("target", from);
            items.add(anno);
        }
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
