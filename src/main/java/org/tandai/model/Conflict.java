package org.tandai.model;

/**
 * One unresolved disagreement left by a three-way merge of a sidecar ({@code tandai merge-driver}):
 * where it is, and the value in the common ancestor (base), in ours and in theirs. The document
 * keeps ours; the conflict records the alternatives so nothing is lost until someone resolves it.
 *
 * <p>{@code id} is an annotation id, or {@value #DOCUMENT} for the document metadata, or null for
 * a top-level field of the file. {@code field} is the field's name within it, or null when the
 * whole annotation is in conflict (deleted on one side, edited on the other). The values are
 * opaque JSON values to the model (the store's JSON tree type); null means "no value on that side"
 * (the field left out, or the annotation deleted).
 */
public record Conflict(String id, String field, Object base, Object ours, Object theirs) {
    /** The id used for a conflict in the document metadata ({@code document.title}). */
    public static final String DOCUMENT = "document";

    /** Where the conflict is, as validation messages locate things: "c3.verdict", "e5", "document.title", "x-field". */
    public String location() {
        if (id == null) {
            return field;
        }
        return field == null ? id : id + "." + field;
    }

    /** True when a whole annotation is in conflict rather than one of its fields. */
    public boolean wholeAnnotation() {
        return id != null && field == null;
    }
}
