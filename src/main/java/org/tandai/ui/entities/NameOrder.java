package org.tandai.ui.entities;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The order of the Name column: letters compare without regard to case or accents ("éric" sorts
 * with "Eric", before "Erik"), and names equal in that sense fall back to the locale's collator.
 *
 * <p>Why not a plain {@link Collator}: the table's default comparator asks
 * {@code Collator.getInstance()} for each of the 1.7 million comparisons of a 100,000-row sort and
 * normalizes both names every time (several seconds); even one cached collator takes 6–10 s on the
 * build machine, and precomputed collation keys about 1 s to build. Here plain ASCII names are
 * compared character by character in place (no allocation), and other names through an
 * accent-free, lower-case key computed once per name. See decision 0403.
 */
final class NameOrder implements Comparator<String> {
    private final Locale locale;
    /** Made at the first tie: the locale's collation tables cost 30–40 ms, before the first frame if made in the constructor. */
    private Collator ties;
    private final Map<String, String> keys = new HashMap<>();

    NameOrder(Locale locale) {
        this.locale = locale;
    }

    private Collator ties() {
        if (ties == null) {
            ties = Collator.getInstance(locale);
            ties.setStrength(Collator.TERTIARY);
        }
        return ties;
    }

    /** Forgets the keys of names no longer shown (called when another document is opened). */
    void clearCache() {
        keys.clear();
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 0x80 || y >= 0x80) {
                return byKey(a, b);
            }
            if (x != y) {
                int d = lower(x) - lower(y);
                if (d != 0) {
                    return d;
                }
            }
        }
        if (a.length() != b.length()) {
            // The longer name may end in combining marks, which the key drops.
            return byKey(a, b);
        }
        return a.equals(b) ? 0 : ties().compare(a, b);
    }

    private int byKey(String a, String b) {
        int c = key(a).compareTo(key(b));
        return c != 0 ? c : ties().compare(a, b);
    }

    private String key(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        return keys.computeIfAbsent(s, NameOrder::fold);
    }

    /** Decomposes, drops the accents (combining marks) and lower-cases. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            int t = Character.getType(cp);
            if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK && t != Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
