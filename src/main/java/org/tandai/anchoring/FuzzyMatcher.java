package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate quote search in code points, ranked as Hypothesis ranks candidates: quote
 * similarity x50, prefix x20, suffix x20, closeness to the expected position x2, normalized to 0..1.
 *
 * <p>Locating uses the semi-global edit-distance recurrence (Sellers): every text position may
 * start a match, and an end position is a candidate when at most {@code maxErrors} edits separate
 * the window from the quote. It runs only on bounded windows (around the expected position and
 * around exact hits of quote pieces), so its cost stays proportional to the quote, not the text.
 * See docs/decisions/0301-reanchoring-algorithm.md for why this is not a library call.
 */
final class FuzzyMatcher {
    /** A placement: code-point range, edits in the quote and the weighted score. */
    record Match(int start, int end, int errors, double score) {
    }

    private final int[] text;

    FuzzyMatcher(int[] textCodePoints) {
        this.text = textCodePoints;
    }

    /** Hypothesis' bound: at most half the quote's length, at most 256 edits. */
    static int maxErrors(int quoteLength) {
        return Math.min(256, quoteLength / 2);
    }

    /**
     * The candidates with at most {@code maxErrors} edits whose match starts inside
     * [{@code from}, {@code to}) (code points), at most one per distinct end position run.
     */
    List<Match> search(int[] quote, int from, int to, int maxErrors) {
        int m = quote.length;
        int a = Math.max(0, from);
        int b = Math.min(text.length, to + m + maxErrors);
        if (m == 0 || a >= b) {
            return new ArrayList<>();
        }
        return m <= 64 ? searchBitParallel(quote, a, b, to, maxErrors) : searchTable(quote, a, b, to, maxErrors);
    }

    /**
     * Same search, one 64-bit word per text position (Myers' bit-vector algorithm in Hyyro's
     * formulation) for quotes of at most 64 code points: the cost at every end position comes from
     * a handful of bit operations; only the stretches where matches end then run the table (from
     * m + maxErrors before them) to find where each match starts. Alignments of at most maxErrors
     * edits span at most m + maxErrors positions, so the result is the table's over the whole window.
     */
    private List<Match> searchBitParallel(int[] quote, int a, int b, int to, int maxErrors) {
        int m = quote.length;
        CodePointMasks peq = new CodePointMasks(quote);
        long pv = -1L;
        long mv = 0;
        int score = m;
        long high = 1L << (m - 1);
        List<Match> out = new ArrayList<>();
        int runFirst = -1;
        int runLast = -1;
        for (int j = a; j < b; j++) {
            long eq = peq.get(text[j]);
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & high) != 0) {
                score++;
            } else if ((mh & high) != 0) {
                score--;
            }
            ph <<= 1;  // no "| 1": the top row is 0, a match may start anywhere
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (score <= maxErrors) {
                if (runFirst < 0) {
                    runFirst = j + 1;
                }
                runLast = j + 1;
            } else if (runFirst >= 0) {
                out.addAll(searchTable(quote, Math.max(a, runFirst - m - maxErrors), runLast, to, maxErrors));
                runFirst = -1;
            }
        }
        if (runFirst >= 0) {
            out.addAll(searchTable(quote, Math.max(a, runFirst - m - maxErrors), runLast, to, maxErrors));
        }
        return out;
    }

    /** The quote's code points as bit masks (bit i set where quote[i] is that code point). */
    private static final class CodePointMasks {
        private final int[] keys = new int[256];
        private final long[] masks = new long[256];

        CodePointMasks(int[] quote) {
            java.util.Arrays.fill(keys, -1);
            for (int i = 0; i < quote.length; i++) {
                int slot = slot(quote[i]);
                masks[slot] |= 1L << i;
            }
        }

        private int slot(int cp) {
            int h = (cp * 0x9E3779B1) >>> 24;
            while (keys[h] != -1 && keys[h] != cp) {
                h = (h + 1) & 255;
            }
            keys[h] = cp;
            return h;
        }

        long get(int cp) {
            int h = (cp * 0x9E3779B1) >>> 24;
            while (keys[h] != -1) {
                if (keys[h] == cp) {
                    return masks[h];
                }
                h = (h + 1) & 255;
            }
            return 0;
        }
    }

    /** The edit-distance table (Sellers), with the start of each alignment carried along. */
    List<Match> searchTable(int[] quote, int a, int b, int to, int maxErrors) {
        int m = quote.length;
        List<Match> out = new ArrayList<>();
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            start[i] = a;
        }
        Match runBest = null;
        for (int j = a; j < b; j++) {
            int t = text[j];
            nextCost[0] = 0;
            nextStart[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int best = cost[i - 1] + (quote[i - 1] == t ? 0 : 1);
                int bestStart = start[i - 1];
                if (cost[i] + 1 < best) {
                    best = cost[i] + 1;
                    bestStart = start[i];
                }
                if (nextCost[i - 1] + 1 < best) {
                    best = nextCost[i - 1] + 1;
                    bestStart = nextStart[i - 1];
                }
                nextCost[i] = best;
                nextStart[i] = bestStart;
            }
            int[] swap = cost;
            cost = nextCost;
            nextCost = swap;
            swap = start;
            start = nextStart;
            nextStart = swap;
            if (cost[m] <= maxErrors && start[m] >= a && start[m] < to && start[m] < j + 1) {
                if (runBest == null || cost[m] < runBest.errors()) {
                    runBest = new Match(start[m], j + 1, cost[m], 0);
                }
            } else if (runBest != null) {
                out.add(runBest);
                runBest = null;
            }
        }
        if (runBest != null) {
            out.add(runBest);
        }
        return out;
    }

    /**
     * Edit distance between the quote and text[from, to), computed only within {@code maxErrors} of
     * the diagonal (Ukkonen's band): O(quote x maxErrors) instead of O(quote x window), for long
     * quotes whose candidate range is already known. Returns {@code maxErrors + 1} when over the bound.
     */
    int bandedDistance(int[] quote, int from, int to, int maxErrors) {
        int m = quote.length;
        int n = to - from;
        if (from < 0 || to > text.length || n < 0 || Math.abs(m - n) > maxErrors) {
            return maxErrors + 1;
        }
        final int inf = Integer.MAX_VALUE / 2;
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j <= maxErrors ? j : inf;
        }
        for (int i = 1; i <= m; i++) {
            int lo = Math.max(1, i - maxErrors);
            int hi = Math.min(n, i + maxErrors);
            // Clear the band of this row and one cell either side: the next row reads them.
            java.util.Arrays.fill(cur, Math.max(0, lo - 1), Math.min(n, hi + 1) + 1, inf);
            cur[0] = i <= maxErrors ? i : inf;
            int rowMin = cur[0];
            for (int j = lo; j <= hi; j++) {
                int sub = prev[j - 1] + (quote[i - 1] == text[from + j - 1] ? 0 : 1);
                int v = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > maxErrors) {
                return maxErrors + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[n], maxErrors + 1);
    }

    /** Scores a candidate like Hypothesis does (see formats.md section 1). */
    Match score(Match c, int quoteLength, int[] prefix, int[] suffix, int expected) {
        double quoteScore = quoteLength == 0 ? 1 : 1 - (double) c.errors() / quoteLength;
        double prefixScore = prefix.length == 0 ? 1
                : similarity(prefix, slice(Math.max(0, c.start() - prefix.length), c.start()));
        double suffixScore = suffix.length == 0 ? 1
                : similarity(suffix, slice(c.end(), Math.min(text.length, c.end() + suffix.length)));
        double posScore = text.length == 0 ? 1 : 1 - (double) Math.abs(c.start() - expected) / text.length;
        double total = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92.0;
        return new Match(c.start(), c.end(), c.errors(), total);
    }

    private int[] slice(int from, int to) {
        int[] s = new int[Math.max(0, to - from)];
        System.arraycopy(text, from, s, 0, s.length);
        return s;
    }

    /**
     * 1 minus the edit distance over the longer length. Contexts are at most 32 code points, so this
     * is a 32 x 32 table; java-diff-utils gave the same ranking but, boxing every code point,
     * took half the time of a worst-case re-anchoring (docs/decisions/0301).
     */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.max(0, 1 - (double) prev[b.length] / Math.max(a.length, b.length));
    }
}
