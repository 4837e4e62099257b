package org.tandai.agreement;

/**
 * Matched units between two layers A and B: {@code tp} units matched one to one, {@code fn} units
 * of A that B lacks, {@code fp} units of B that A lacks (A is taken as the reference). Precision,
 * recall and F1 are null when undefined: precision with nothing in B, recall with nothing in A, F1
 * with nothing in either (docs/agreement.md, "Undefined values").
 */
public record Counts(long tp, long fp, long fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    /** The counts of {@code matched} pairs out of {@code inA} units of A and {@code inB} of B. */
    public static Counts of(int matched, int inA, int inB) {
        return new Counts(matched, inB - matched, inA - matched);
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public Double precision() {
        return tp + fp == 0 ? null : (double) tp / (tp + fp);
    }

    public Double recall() {
        return tp + fn == 0 ? null : (double) tp / (tp + fn);
    }

    /** 2·tp / (2·tp + fp + fn): the harmonic mean of precision and recall, 0 when one side is empty. */
    public Double f1() {
        long d = 2 * tp + fp + fn;
        return d == 0 ? null : 2.0 * tp / d;
    }
}
