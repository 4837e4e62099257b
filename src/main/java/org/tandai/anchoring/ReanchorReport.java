package org.tandai.anchoring;

import java.util.List;
import org.tandai.model.Span;

/**
 * What re-anchoring did to each span of a document. {@code moved} spans kept their quote at new
 * offsets; {@code changed} spans were placed on a different quote and are marked for review;
 * {@code uncertain} spans kept their quote but were placed on weak evidence and are marked for review;
 * {@code orphaned} spans could not be placed and keep their last known quote and offsets.
 */
public record ReanchorReport(String oldSha256, String newSha256, List<Outcome> outcomes) {

    /** What happened to one span. */
    public enum Result {
        /** Same offsets, same quote. */
        UNCHANGED,
        /** Same quote, new offsets. */
        MOVED,
        /** Placed on text that differs from the old quote; marked {@code REVIEW}. */
        CHANGED,
        /**
         * Same quote, but its old context no longer singles the place out (the quote occurs
         * elsewhere too, or its neighbours changed); marked {@code REVIEW}, never a confident move.
         */
        UNCERTAIN,
        /** Not found; marked {@code ORPHANED} and kept. */
        ORPHANED
    }

    /**
     * One span: where it is in the document ("c1.span"), its state before and after, how it was
     * found ("position", "exact", "neighbours", "context", "fuzzy", or for an orphan "none", "duplicate" or "overlap") and, for fuzzy matches, the
     * Hypothesis-style score in 0..1.
     */
    public record Outcome(String location, Span before, Span after, Result result, String method, double score) {
    }

    public long count(Result r) {
        return outcomes.stream().filter(o -> o.result() == r).count();
    }

    public long moved() {
        return count(Result.MOVED);
    }

    public long changed() {
        return count(Result.CHANGED);
    }

    public long uncertain() {
        return count(Result.UNCERTAIN);
    }

    /** Spans a person should look at: changed, uncertain or orphaned. */
    public long needReview() {
        return changed() + uncertain() + orphaned();
    }

    public long orphaned() {
        return count(Result.ORPHANED);
    }

    public long unchanged() {
        return count(Result.UNCHANGED);
    }

    /** True when the text hash differed, i.e. re-anchoring had anything to do. */
    public boolean drifted() {
        return oldSha256 == null || !oldSha256.equals(newSha256);
    }

    /**
     * "12 moved, 1 changed (marked for review), 0 orphaned", for messages and the CLI, followed by
     * ", 2 uncertain (marked for review)" when some spans were placed on weak evidence.
     */
    public String summary() {
        return moved() + " moved, " + changed() + " changed (marked for review), " + orphaned() + " orphaned"
                + (uncertain() > 0 ? ", " + uncertain() + " uncertain (marked for review)" : "");
    }
}
