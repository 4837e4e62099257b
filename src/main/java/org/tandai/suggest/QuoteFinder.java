package org.tandai.suggest;

import java.util.ArrayList;
import java.util.List;
import org.tandai.model.ArticleText;

/**
 * Finds quotations: typographic ({@code “…”}) and straight ({@code "…"}) pairs as the lexicon
 * lists them. A quote that reaches the end of its paragraph unclosed continues when the next
 * paragraph opens with the same mark, as news writing marks a quote over several paragraphs; it
 * is then one quote in several pieces. An unclosed quote that does not continue is no quote.
 */
final class QuoteFinder {
    /** Longest quote looked for, in UTF-16 units: beyond that a stray mark pairs with a far one. */
    private static final int MAX_QUOTE = 6000;

    private QuoteFinder() {
    }

    static List<Quote> find(ArticleText text, List<String> pairs) {
        String s = text.text();
        List<Quote> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            String pair = pairOpenedBy(pairs, c);
            if (pair == null || !opens(s, i, pair)) {
                i++;
                continue;
            }
            char close = pair.charAt(1);
            List<int[]> pieces = new ArrayList<>();
            int pieceStart = i + 1;
            int j = i + 1;
            int end = -1;
            while (j < s.length() && j - i < MAX_QUOTE) {
                char d = s.charAt(j);
                if (d == close && (close != c || closes(s, j))) {
                    end = j;
                    break;
                }
                if (d == '\n') {
                    int next = j + 1;
                    while (next < s.length() && s.charAt(next) == '\n') {
                        next++;
                    }
                    if (next < s.length() && s.charAt(next) == c && trimmedEnd(s, pieceStart, j) > pieceStart) {
                        pieces.add(new int[] {pieceStart, trimmedEnd(s, pieceStart, j)});
                        pieceStart = next + 1;
                        j = next + 1;
                        continue;
                    }
                    break;
                }
                j++;
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (end > pieceStart) {
                pieces.add(new int[] {pieceStart, end});
            }
            if (!pieces.isEmpty()) {
                List<int[]> cps = new ArrayList<>(pieces.size());
                for (int[] p : pieces) {
                    cps.add(new int[] {text.toCodePoint(p[0]), text.toCodePoint(p[1])});
                }
                out.add(new Quote(cps, text.toCodePoint(i), text.toCodePoint(end)));
            }
            i = end + 1;
        }
        return out;
    }

    private static String pairOpenedBy(List<String> pairs, char c) {
        for (String p : pairs) {
            if (p.charAt(0) == c) {
                return p;
            }
        }
        return null;
    }

    /** A straight mark opens after a space, a line start or a bracket, before a non-space. */
    private static boolean opens(String s, int i, String pair) {
        if (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1))) {
            return false;
        }
        if (pair.charAt(0) != pair.charAt(1)) {
            return true;
        }
        return i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{—–-".indexOf(s.charAt(i - 1)) >= 0;
    }

    /** A straight mark closes after a non-space, before a space, punctuation or the end. */
    private static boolean closes(String s, int j) {
        return !Character.isWhitespace(s.charAt(j - 1))
                && (j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1)));
    }

    private static int trimmedEnd(String s, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
