package org.tandai.curation;

/**
 * What is left to curate: units whose annotators disagree, units only some annotators made, and
 * agreed units not yet in the curated layer, none of them resolved yet; plus the resolved ones.
 */
public record Progress(int disagreements, int incomplete, int agreed, int resolved) {
    public static final Progress NONE = new Progress(0, 0, 0, 0);

    public Progress plus(Progress o) {
        return new Progress(disagreements + o.disagreements, incomplete + o.incomplete, agreed + o.agreed,
                resolved + o.resolved);
    }

    /** Disagreements and incomplete units still open: what needs the curator's judgement. */
    public int remaining() {
        return disagreements + incomplete;
    }
}
