package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.Problem;

/**
 * The second half of brat import: relations, attributes, normalizations and notes, mapped onto
 * Tandai fields where there is one (Claimant, Verdict, CheckWorthy, ClaimKind, Form, externalId,
 * Name, Statement, Evidence, SpeakerDescription, AnnotatorNotes) and kept as passthrough otherwise.
 */
final class BratImportDetails {
    private final UnaryOperator<String> ref;
    private final Map<String, Annotation> byT;
    private final Map<String, Source> byE;
    private final TagSet tags;
    private final String file;
    private final Consumer<Problem> problems;
    private final BiConsumer<String, JsonObject> keep;

    BratImportDetails(UnaryOperator<String> ref, Map<String, Annotation> byT, Map<String, Source> byE, TagSet tags,
                      String file, Consumer<Problem> problems, BiConsumer<String, JsonObject> keep) {
        this.ref = ref;
        this.byT = byT;
        this.byE = byE;
        this.tags = tags;
        this.file = file;
        this.problems = problems;
        this.keep = keep;
    }

    /** brat R id to the Tandai relation made from it. */
    private final Map<String, Relation> byR = new java.util.HashMap<>();

    private Annotation target(String bratId) {
        Annotation a = byT.get(bratId);
        if (a == null) {
            a = byR.get(bratId);
        }
        return a != null ? a : byE.get(bratId);
    }

    void apply(BratAnn ann, Imported imp, Map<String, Span> tSpans) {
        for (BratAnn.R r : ann.rs) {
            if (r.type().equals("Claimant") && r.args().size() == 2 && byT.get(r.args().get(0).ref()) instanceof Claim c
                    && byT.get(r.args().get(1).ref()) instanceof Entity e) {
                c.setClaimant(e.id());
                continue;
            }
            if (r.args().size() == 2 && target(r.args().get(0).ref()) != null && target(r.args().get(1).ref()) != null) {
                // Any other binary relation between two imported annotations is a Tandai relation (decision 0831).
                Relation rel = imp.relation(r.type(), target(r.args().get(0).ref()).id(), target(r.args().get(1).ref()).id());
                byR.put(r.id(), rel);
                String r1 = r.args().get(0).role();
                String r2 = r.args().get(1).role();
                if (!r1.equals("Arg1") || !r2.equals("Arg2")) {
                    JsonArray roles = new JsonArray();
                    roles.add(r1);
                    roles.add(r2);
                    rel.extras().put(BratExporter.RELATION_ROLES, roles);
                }
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("id", r.id());
            o.addProperty("type", r.type());
            JsonArray args = new JsonArray();
            for (BratAnn.Arg a : r.args()) {
                JsonObject x = new JsonObject();
                x.addProperty("role", a.role());
                x.addProperty("ref", ref.apply(a.ref()));
                args.add(x);
            }
            o.add("args", args);
            keep.accept("relations", o);
        }
        for (BratAnn.A a : ann.as) {
            if (!attribute(a) && !tandaiAttribute(a, tSpans)) {
                JsonObject o = new JsonObject();
                o.addProperty("name", a.name());
                o.addProperty("target", ref.apply(a.target()));
                if (a.value() != null) {
                    o.addProperty("value", a.value());
                }
                keep.accept("attributes", o);
            }
        }
        for (BratAnn.N n : ann.ns) {
            if (target(n.target()) instanceof Entity e && e.externalId() == null && n.type().equals("Reference")) {
                e.setExternalId(n.ref().startsWith("Tandai:") ? n.ref().substring(7) : n.ref());
                if (!n.text().equals(e.name())) {
                    e.extras().put(BratExporter.REFERENCE_TEXT, BratImporter.prim(n.text()));
                }
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("type", n.type());
            o.addProperty("target", ref.apply(n.target()));
            o.addProperty("ref", n.ref());
            o.addProperty("text", n.text());
            keep.accept("normalizations", o);
        }
        for (BratAnn.Note n : ann.notes) {
            if (!note(n)) {
                JsonObject o = new JsonObject();
                o.addProperty("type", n.type());
                o.addProperty("target", ref.apply(n.target()));
                o.addProperty("text", n.text());
                keep.accept("notes", o);
            }
        }
    }

    private boolean attribute(BratAnn.A a) {
        Annotation t = target(a.target());
        String loc = "line " + a.line();
        if (t instanceof Claim c) {
            switch (a.name()) {
                case "Verdict" -> {
                    return set(a, loc, tags.verdicts().stream().map(TagSet.Verdict::name).toList(), c::setVerdict);
                }
                case "CheckWorthy" -> {
                    if (a.value() == null) {
                        c.setCheckWorthiness("high");
                        return true;
                    }
                    return set(a, loc, tags.checkWorthiness().stream().map(TagSet.Label::name).toList(), c::setCheckWorthiness);
                }
                case "ClaimKind" -> {
                    return set(a, loc, tags.claimKinds().stream().map(TagSet.Label::name).toList(), c::setClaimKind);
                }
                default -> {
                    return false;
                }
            }
        }
        if (t instanceof Source s && a.name().equals("Form")) {
            return set(a, loc, tags.sourceForms().stream().map(TagSet.Label::name).toList(), s::setForm);
        }
        return false;
    }

    /**
     * Any other A line on an imported annotation: on an entity's T the attribute of that mention
     * ({@link Span#withAttributes}), on a claim's T or a source's E the annotation's attribute.
     * A binary attribute is {@code true}, a valued one its value (decision 0832).
     */
    private boolean tandaiAttribute(BratAnn.A a, Map<String, Span> tSpans) {
        Object value = a.value() == null ? Boolean.TRUE : a.value();
        Annotation t = target(a.target());
        if (t instanceof Entity e && tSpans.get(a.target()) != null) {
            Span sp = tSpans.get(a.target());
            int i = e.mentions().indexOf(sp);
            if (i < 0) {
                return false;
            }
            Map<String, Object> attrs = new java.util.LinkedHashMap<>(sp.attributes());
            attrs.put(a.name(), value);
            Span with = sp.withAttributes(attrs);
            e.mentions().set(i, with);
            tSpans.put(a.target(), with);
            return true;
        }
        if (t instanceof Claim || t instanceof Source) {
            t.attributes().put(a.name(), value);
            return true;
        }
        return false;
    }

    private boolean set(BratAnn.A a, String loc, List<String> allowed, Consumer<String> setter) {
        String v = a.value() == null ? null : BratImporter.label(a.value(), allowed);
        if (v == null) {
            problems.accept(Problem.warning(file, loc, a.name() + " value \"" + a.value()
                    + "\" is not in the tag set; kept as passthrough"));
            return false;
        }
        setter.accept(v);
        return true;
    }

    /**
     * An AnnotatorNotes line (any kind's note) or one of Tandai's own note types (Name, Statement,
     * Evidence, SpeakerDescription). A visitor, so a new kind must say where its notes go.
     */
    private boolean note(BratAnn.Note n) {
        Annotation t = target(n.target());
        if (t == null) {
            return false;
        }
        String text = n.text().strip();
        boolean plain = n.type().equals("AnnotatorNotes");
        return t.accept(new Annotation.Visitor<Boolean>() {
            @Override
            public Boolean entity(Entity e) {
                if (plain) {
                    e.setNote(joined(e.note(), text));
                } else if (n.type().equals("Name")) {
                    e.setName(text);
                } else {
                    return false;
                }
                return true;
            }

            @Override
            public Boolean claim(Claim c) {
                if (plain) {
                    c.setNote(joined(c.note(), text));
                } else if (n.type().equals("Statement")) {
                    c.setStatement(text);
                } else if (n.type().equals("Evidence")) {
                    BratImporter.addEvidence(c, text);
                } else {
                    return false;
                }
                return true;
            }

            @Override
            public Boolean source(Source s) {
                if (plain) {
                    s.setNote(joined(s.note(), text));
                } else if (n.type().equals("SpeakerDescription")) {
                    s.setSpeakerDescription(text);
                } else {
                    return false;
                }
                return true;
            }

            @Override
            public Boolean relation(Relation r) {
                if (!plain) {
                    return false;
                }
                r.setNote(joined(r.note(), text));
                return true;
            }
        });
    }

    private static String joined(String note, String more) {
        return note == null ? more : note + "\n" + more;
    }
}
