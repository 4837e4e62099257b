package org.tandai.model;

import java.util.ArrayList;
import java.util.List;

/** A person, organisation, place, outlet, date, … with every mention of it in the text. */
public final class Entity extends Annotation {
    private String name;
    private String type;
    private final List<Span> mentions = new ArrayList<>();
    private String externalId;
    private String note;

    public Entity(String id, String name, String type) {
        super(id);
        this.name = name;
        this.type = type;
    }

    @Override
    public Kind kind() {
        return Kind.ENTITY;
    }

    @Override
    public Span anchorSpan() {
        Span first = null;
        for (Span s : mentions) {
            if (first == null || Span.compare(s, first) < 0) {
                first = s;
            }
        }
        return first;
    }

    @Override
    public Entity copy() {
        Entity e = copyBaseInto(new Entity(id(), name, type));
        e.mentions.addAll(mentions);
        e.externalId = externalId;
        e.note = note;
        return e;
    }

    @Override
    public List<SpanRef> spans() {
        List<SpanRef> refs = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            refs.add(new SpanRef("mentions", i, mentions.get(i)));
        }
        return refs;
    }

    @Override
    public void setSpan(SpanRef ref, Span span) {
        if (!ref.field().equals("mentions")) {
            throw new IllegalArgumentException(ref.location());
        }
        if (span == null) {
            mentions.remove(ref.index());
        } else {
            mentions.set(ref.index(), span);
        }
    }

    @Override
    public List<Reference> references() {
        return List.of();
    }

    @Override
    public boolean removeReference(Reference ref) {
        return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.entity(this);
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String type() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The mention spans; mutable, kept sorted by position when saved. */
    public List<Span> mentions() {
        return mentions;
    }

    public String externalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String note() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
