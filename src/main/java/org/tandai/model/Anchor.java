package org.tandai.model;

/** How well a span is anchored in the current text. */
public enum Anchor {
    /** Offsets and quote agree with the text. */
    OK,
    /** Re-anchored after the text changed and the quote itself changed: a person should look. */
    REVIEW,
    /** Could not be placed in the current text; offsets and quote are the last known ones. */
    ORPHANED
}
