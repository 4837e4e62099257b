package org.tandai.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every annotation carries: a stable id, who made it and when, a review status and the
 * attribute values the tag set declares for its kind. {@link #extras()} holds fields this version
 * does not know, so they survive a load and save.
 *
 * <p>The one walk over an annotation (decision 0801): {@link #spans()} lists every span it holds
 * and {@link #references()} every id it points at, each with its location ("mentions[2]",
 * "content", "via"), and {@link #withSpan}/{@link #withoutReference} change one of them. Code
 * that must treat the kinds differently goes through {@link #accept(Visitor)}, so a new kind is a
 * compile error there, never a silent skip.
 */
public abstract sealed class Annotation permits Entity, Claim, Source, Relation {
    private String id;
    private Status status = Status.ACCEPTED;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    private Map<String, Object> extras = new LinkedHashMap<>();
    private Map<String, Object> attributes = new LinkedHashMap<>();

    protected Annotation(String id) {
        this.id = id;
    }

    public abstract Kind kind();

    /** The first span of the annotation in text order, used to sort annotations; may be null. */
    public abstract Span anchorSpan();

    /** A deep copy, used by undoable edits to keep the before and after states. */
    public abstract Annotation copy();

    /** Every span this annotation holds, in field order (mentions in list order); never null. */
    public abstract List<SpanRef> spans();

    /**
     * Replaces the span at {@code ref} (one of {@link #spans()}) in this annotation, in place.
     * A null span removes it where the field allows (a mention, a cue or a content); a claim keeps
     * its span and refuses null.
     */
    public abstract void setSpan(SpanRef ref, Span span);

    /** Every id this annotation points at (claimant, speaker, claims, via, a relation's ends). */
    public abstract List<Reference> references();

    /**
     * Drops the reference in place, as deleting its target requires. Returns false when the
     * annotation cannot exist without it (a relation's from or to): the caller then deletes the
     * annotation itself.
     */
    public abstract boolean removeReference(Reference ref);

    /** Calls the visitor's method for this kind. */
    public abstract <R> R accept(Visitor<R> visitor);

    /** One method per kind; adding a kind adds a method, so every visitor fails to compile until it handles it. */
    public interface Visitor<R> {
        R entity(Entity e);

        R claim(Claim c);

        R source(Source s);

        R relation(Relation r);
    }

    protected <T extends Annotation> T copyBaseInto(T target) {
        Annotation a = target;
        a.status = status;
        a.createdBy = createdBy;
        a.createdAt = createdAt;
        a.updatedAt = updatedAt;
        a.updatedBy = updatedBy;
        a.extras = new LinkedHashMap<>(extras);
        a.attributes = new LinkedHashMap<>(attributes);
        return target;
    }

    public String id() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Status status() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String createdBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** Who changed the annotation last (null when unknown or never changed after creation by a tool). */
    public String updatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    /**
     * Stamps creation (if not yet stamped) and the update by the given annotator at the given time.
     * A null annotator stamps only the times.
     */
    public void touch(String annotator, Instant now) {
        if (createdAt == null) {
            createdAt = now;
            if (createdBy == null) {
                createdBy = annotator;
            }
        }
        updatedAt = now;
        if (annotator != null) {
            updatedBy = annotator;
        }
    }

    public Map<String, Object> extras() {
        return extras;
    }

    /**
     * Attribute values by name, as the tag set declares them for this kind: Boolean for a flag,
     * String for a choice or free text. Mutable; kept in insertion order, written sorted by name.
     */
    public Map<String, Object> attributes() {
        return attributes;
    }
}
