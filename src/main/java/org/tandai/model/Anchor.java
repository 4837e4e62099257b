package org.tandai.model;

/** How well a span is anchored in the current text. */
public enum Anchor {
    /** Offsets and quote agree with the text. */
    OK,
    /**
     * Re-anchored after the text changed, and either the quote itself changed or its old context
     * no longer singles the new place out: a person should look.
     */
    REVIEW,
    /** Could not be placed in the current text; offsets and quote are the last known ones. */
    ORPHANED
}
