package org.tandai.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every annotation carries: a stable id, who made it and when, and a review status.
 * {@link #extras()} holds fields this version does not know, so they survive a load and save.
 */
public abstract class Annotation {
    private String id;
    private Status status = Status.ACCEPTED;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    private Map<String, Object> extras = new LinkedHashMap<>();

    protected Annotation(String id) {
        this.id = id;
    }

    public abstract Kind kind();

    /** The first span of the annotation in text order, used to sort annotations; may be null. */
    public abstract Span anchorSpan();

    /** A deep copy, used by undoable edits to keep the before and after states. */
    public abstract Annotation copy();

    protected <T extends Annotation> T copyBaseInto(T target) {
        Annotation a = target;
        a.status = status;
        a.createdBy = createdBy;
        a.createdAt = createdAt;
        a.updatedAt = updatedAt;
        a.updatedBy = updatedBy;
        a.extras = new LinkedHashMap<>(extras);
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
}
