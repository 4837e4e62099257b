package org.tandai.model;

import java.util.EnumSet;
import java.util.List;

/**
 * A typed, directed link between two annotations of any kind: claim c2 {@code supports} claim c1,
 * entity e4 is {@code part-of} entity e2, or a project's own type. The type and which kinds its
 * ends may be come from the tag set ({@link TagSet.RelationType}). The built-in links (claimant,
 * speaker, via, a source's claims) stay fields of their annotations.
 */
public final class Relation extends Annotation {
    private String type;
    private String from;
    private String to;
    private String note;

    public Relation(String id, String type, String from, String to) {
        super(id);
        this.type = type;
        this.from = from;
        this.to = to;
    }

    @Override
    public Kind kind() {
        return Kind.RELATION;
    }

    /** A relation has no span of its own; it sorts after the annotations that have one. */
    @Override
    public Span anchorSpan() {
        return null;
    }

    @Override
    public Relation copy() {
        Relation r = copyBaseInto(new Relation(id(), type, from, to));
        r.note = note;
        return r;
    }

    @Override
    public List<SpanRef> spans() {
        return List.of();
    }

    @Override
    public void setSpan(SpanRef ref, Span span) {
        throw new IllegalArgumentException("a relation has no spans: " + ref.location());
    }

    @Override
    public List<Reference> references() {
        EnumSet<Kind> any = EnumSet.allOf(Kind.class);
        return List.of(new Reference("from", -1, from, any), new Reference("to", -1, to, any));
    }

    /** A relation cannot lose an end: deleting either end deletes the relation. */
    @Override
    public boolean removeReference(Reference ref) {
        return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.relation(this);
    }

    /** Relation type name from the tag set ("supports"). */
    public String type() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Id of the annotation the relation goes from. */
    public String from() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** Id of the annotation the relation goes to. */
    public String to() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String note() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
