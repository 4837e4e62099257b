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

    /** The same pieces at the same offsets (text and attributes aside). */
    public static boolean sameOffsets(Span a, Span b) {
        if (a.start() != b.start() || a.end() != b.end() || a.fragmentCount() != b.fragmentCount()) {
            return false;
        }
        if (!a.isMultiFragment()) {
            return true;
        }
        List<Span> fa = a.fragments();
        List<Span> fb = b.fragments();
        for (int i = 0; i < fa.size(); i++) {
            if (fa.get(i).start() != fb.get(i).start() || fa.get(i).end() != fb.get(i).end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The offsets of the pieces, "3-8" or "3-8,12-20": equal exactly when {@link #sameOffsets}, so
     * spans can be matched through a hash map, and stable enough to key a remembered suggestion.
     */
    public static String offsetKey(Span s) {
        if (!s.isMultiFragment()) {
            return s.start() + "-" + s.end();
        }
        StringBuilder b = new StringBuilder();
        for (Span f : s.fragments()) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(f.start()).append('-').append(f.end());
        }
        return b.toString();
    }
}
