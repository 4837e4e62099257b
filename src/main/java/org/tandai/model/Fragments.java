package org.tandai.model;

import java.util.List;

/** Rules for the fragments of one span in several pieces ({@link Span#ofFragments}). */
public final class Fragments {
    private Fragments() {
    }

    /**
     * What is wrong with a list of fragments for one span, or null: each must be a one-piece span,
     * not empty, in text order and not overlapping the one before. Located by fragment index.
     */
    public static String problemsOf(List<Span> fragments) {
        for (int i = 0; i < fragments.size(); i++) {
            Span f = fragments.get(i);
            if (f.isMultiFragment()) {
                return "fragments[" + i + "] has fragments itself";
            }
            if (f.start() >= f.end()) {
                return "fragments[" + i + "] is empty (" + f.start() + ".." + f.end() + ")";
            }
            if (i > 0) {
                Span prev = fragments.get(i - 1);
                if (f.start() < prev.end()) {
                    return "fragments[" + i + "] (" + f.start() + ".." + f.end() + ") "
                            + (f.start() < prev.start() ? "is before" : "overlaps") + " fragments[" + (i - 1) + "] ("
                            + prev.start() + ".." + prev.end() + ")";
                }
            }
        }
        return null;
    }
}
