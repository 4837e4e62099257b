package org.tandai.ui.common;

import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.TagSet;

/** Human-readable names of annotations and labels, shared by tooltips, tables and dialogs. */
public final class Describe {
    private Describe() {
    }

    /**
     * One line: "Person · Kim Jong Un (e1)", "Claim c2 · verdict Mostly true", "Source s1 · Kim Jong
     * Un · direct quote", "Relation r1 · Supports · c1 → c2". A visitor, so a new kind must say how
     * it is described.
     */
    public static String annotation(DocumentSession s, Annotation a) {
        return a.accept(new Annotation.Visitor<>() {
            @Override
            public String entity(Entity e) {
                TagSet.EntityType t = s.tags().entityType(e.type());
                return s.messages().get("describe.entity", t == null ? e.type() : t.label(), e.name(), e.id(),
                        e.mentions().size());
            }

            @Override
            public String claim(Claim c) {
                String verdict = c.verdict() == null ? s.messages().get("describe.noVerdict") : verdictLabel(s.tags(), c.verdict());
                return s.messages().get("describe.claim", c.id(), verdict)
                        + (c.claimant() == null ? "" : s.messages().get("describe.claimant", entityName(s, c.claimant())));
            }

            @Override
            public String source(Source src) {
                return s.messages().get("describe.source", src.id(), speaker(s, src))
                        + (src.form() == null ? "" : " \u00b7 " + label(s.tags().sourceForms(), src.form()));
            }

            @Override
            public String relation(Relation r) {
                TagSet.RelationType t = s.tags().relationType(r.type());
                return s.messages().get("describe.relation", r.id(), t == null ? r.type() : t.label(), r.from(), r.to());
            }
        });
    }

    /** How an entity is named in pickers: "Kim Jong Un  (PERSON)". */
    public static String entityChoice(org.tandai.model.Entity e) {
        return e.name() + "  (" + e.type() + ")";
    }

    public static String entityName(DocumentSession s, String id) {
        if (id == null) {
            return "";
        }
        Entity e = s.entity(id);
        return e == null ? s.messages().get("describe.missing", id) : e.name();
    }

    public static String speaker(DocumentSession s, Source src) {
        if (src.speaker() != null) {
            return entityName(s, src.speaker());
        }
        return src.speakerDescription() == null ? s.messages().get("describe.unknownSpeaker") : src.speakerDescription();
    }

    /**
     * A source as a choice in a Via list: "s2 · Kim Jong Un · “mengatakan bahwa” · hubungan antara…",
     * so that several sources of one speaker can be told apart (issue 13).
     */
    public static String sourceChoice(DocumentSession s, Source src) {
        StringBuilder b = new StringBuilder(src.id()).append(" \u00b7 ").append(speaker(s, src));
        if (src.cue() != null) {
            b.append(" \u00b7 \u201c").append(shorten(src.cue().exact(), 24)).append("\u201d");
        }
        if (src.content() != null) {
            b.append(" \u00b7 ").append(shorten(src.content().exact(), 40));
        }
        return b.toString();
    }

    public static String verdictLabel(TagSet tags, String verdict) {
        if (verdict == null) {
            return "\u2014";
        }
        TagSet.Verdict v = tags.verdict(verdict);
        return v == null ? verdict : v.label();
    }

    public static String label(java.util.List<TagSet.Label> labels, String name) {
        if (name == null) {
            return "";
        }
        for (TagSet.Label l : labels) {
            if (l.name().equals(name)) {
                return l.label();
            }
        }
        return name;
    }

    /** A quote shortened for a table cell. */
    public static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = FlagText.readable(s.replace('\n', ' '));
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}
