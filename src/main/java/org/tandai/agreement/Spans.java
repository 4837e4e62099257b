package org.tandai.agreement;

import org.tandai.model.Fragments;
import org.tandai.model.Span;

/**
 * How spans are compared (docs/agreement.md, "Matching spans"). A span in several pieces
 * ({@link Span#fragments()}) matches exactly when it has the same fragments, each with the same
 * offsets; it overlaps another when any fragment of one shares a code point with any fragment of
 * the other. Quotes and context are not compared: two layers of one article agree on offsets.
 */
public final class Spans {
    private Spans() {
    }

    /** Same fragments with the same offsets; two missing spans are equal too. */
    public static boolean exact(Span a, Span b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Fragments.sameOffsets(a, b);
    }

    /** Some fragment of one shares a code point with some fragment of the other. */
    public static boolean overlap(Span a, Span b) {
        return a != null && b != null && a.overlaps(b);
    }

    /** Code points the two spans share, fragment by fragment; 0 when either is missing. */
    public static long shared(Span a, Span b) {
        if (a == null || b == null || !a.overlaps(b)) {
            return 0;
        }
        long n = 0;
        for (Span x : a.fragments()) {
            for (Span y : b.fragments()) {
                n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return n;
    }

    /**
     * A key equal for exactly matching spans: the fragments' offsets, "3-8" or "3-8,12-20".
     * Used to match thousands of mentions through a hash map instead of pair by pair.
     */
    public static String key(Span s) {
        return Fragments.offsetKey(s);
    }
}
