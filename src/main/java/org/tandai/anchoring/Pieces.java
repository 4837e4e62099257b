package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a quote into a few equal pieces on code-point boundaries. A fuzzy match with few edits
 * still contains some piece unchanged, so exact hits of the pieces show where to look far from
 * the expected position (the pigeonhole filter of approximate search).
 */
final class Pieces {
    /** Shortest piece worth looking up: shorter ones hit everywhere. */
    static final int MIN_PIECE = 4;

    record Piece(String text, int offsetCp) {
    }

    private Pieces() {
    }

    static List<Piece> located(String quote, int count) {
        int[] cps = quote.codePoints().toArray();
        int n = Math.min(count, cps.length / MIN_PIECE);
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int from = i * cps.length / n;
            int to = (i + 1) * cps.length / n;
            out.add(new Piece(new String(cps, from, to - from), from));
        }
        return out;
    }

    static List<String> of(String quote, int count) {
        return located(quote, count).stream().map(Piece::text).toList();
    }

    /** The first and the last {@code n} code points of a quote (whole quote if shorter). */
    static List<String> ends(String quote, int n) {
        int[] cps = quote.codePoints().toArray();
        int len = Math.min(n, cps.length);
        return List.of(new String(cps, 0, len), new String(cps, cps.length - len, len));
    }
}
