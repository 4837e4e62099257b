package org.tandai.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * The compared fields of each kind of unit, as {@link FieldText}s (decision 0921). A reference to a
 * claim or source reads as the unit it belongs to ({@code ref}), an entity as its name, so that
 * versions from layers with different ids compare equal when they mean the same. Notes, the
 * review status and the who-and-when fields are not compared.
 */
final class Fields {
    private Fields() {
    }

    /** An id lookup over a document, built once: the model's own lookups scan its lists. */
    static Function<String, Annotation> index(AnnotatedDocument doc) {
        Map<String, Annotation> byId = new java.util.HashMap<>(doc.size() * 2);
        for (Annotation a : doc.all()) {
            byId.putIfAbsent(a.id(), a);
        }
        return id -> id == null ? null : byId.get(id);
    }

    static Map<String, String> mention(Entity e, Span mention) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("span", FieldText.span(mention));
        f.put("type", FieldText.text(e.type()));
        f.put("entity", FieldText.entityName(e));
        return f;
    }

    static Map<String, String> claim(Function<String, Annotation> doc, Claim c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("span", FieldText.span(c.span()));
        f.put("statement", FieldText.text(c.statement()));
        f.put("claimant", FieldText.entity(doc.apply(c.claimant()), c.claimant()));
        f.put("kind", FieldText.text(c.claimKind()));
        f.put("checkWorthiness", FieldText.text(c.checkWorthiness()));
        f.put("verdict", FieldText.text(c.verdict()));
        f.put("evidence", FieldText.evidence(c.evidence()));
        f.put("attributes", FieldText.attributes(c.attributes()));
        return f;
    }

    /** {@code ref} reads a claim or source id of {@code doc} as its unit ("“kawan” at 99"). */
    static Map<String, String> source(Function<String, Annotation> doc, Source s, Function<String, String> ref) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("cue", FieldText.span(s.cue()));
        f.put("content", FieldText.span(s.content()));
        f.put("speaker", FieldText.entity(doc.apply(s.speaker()), s.speaker()));
        f.put("speakerDescription", FieldText.text(s.speakerDescription()));
        List<String> claims = new ArrayList<>();
        for (String id : s.claimIds()) {
            claims.add(ref.apply(id));
        }
        claims.sort(null);
        f.put("claims", claims.isEmpty() ? FieldText.NONE : String.join("; ", claims));
        f.put("form", FieldText.text(s.form()));
        f.put("via", s.via() == null ? FieldText.NONE : ref.apply(s.via()));
        f.put("attributes", FieldText.attributes(s.attributes()));
        return f;
    }

    static Map<String, String> relation(Function<String, Annotation> doc, Relation r, Function<String, String> ref) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", FieldText.text(r.type()));
        f.put("from", endpoint(doc, r.from(), ref));
        f.put("to", endpoint(doc, r.to(), ref));
        f.put("attributes", FieldText.attributes(r.attributes()));
        return f;
    }

    /** A relation's end as the curator reads it: "entity “Kim”", "claim “…” at 0". */
    static String endpoint(Function<String, Annotation> doc, String id, Function<String, String> ref) {
        Annotation a = doc.apply(id);
        if (a == null) {
            return "(missing " + id + ")";
        }
        return a.kind().key() + " " + (a instanceof Entity e ? FieldText.entityName(e) : ref.apply(id));
    }

    /** What a source is matched by: its cue, or its content when it has no cue (decision 0920). */
    static Span matchSpan(Source s) {
        return s.cue() != null ? s.cue() : s.content();
    }

    /** The role a source's match span plays: sources match only on the same role. */
    static String matchRole(Source s) {
        return s.cue() != null ? "cue" : "content";
    }

    /** What a relation is matched by: its two ends ({@link #endpointKey}), in order. */
    static String relationRole(Function<String, Annotation> doc, String layer, Relation r, Function<String, String> unitId) {
        return endpointKey(doc, layer, r.from(), unitId) + " \u2192 " + endpointKey(doc, layer, r.to(), unitId);
    }

    /**
     * What a relation's end is matched by: an entity by name and type, a claim or source by its
     * unit ({@code unitId}), anything else by its own id (so it matches nothing in another layer).
     */
    static String endpointKey(Function<String, Annotation> doc, String layer, String id, Function<String, String> unitId) {
        Annotation a = doc.apply(id);
        if (a instanceof Entity e) {
            return "entity " + e.name() + "|" + e.type();
        }
        String unit = a == null || a.kind() == Kind.RELATION ? null : unitId.apply(id);
        return unit != null ? unit : layer + "/" + id;
    }
}
