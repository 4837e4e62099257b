package org.tandai.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Pairs units of layer A with units of layer B, each unit used at most once (docs/agreement.md,
 * "Matching spans"). Every pair the rule accepts is a candidate with a score (the code points the
 * two share); candidates are taken greedily, highest score first, then in text order, so the
 * result does not depend on the order of the lists in the files. Only units whose bounds touch
 * are compared, so a dense article costs about n·k, not n².
 */
public final class OneToOne {
    /** How well a of A and b of B match: a score ≥ 0, or negative when they do not. */
    public interface Rule<A, B> {
        long score(A a, B b);
    }

    /** A matched pair, by index into the two lists. */
    public record Pair(int a, int b) {
    }

    private OneToOne() {
    }

    /**
     * The matched pairs. {@code bounds} gives a unit's extent as {@code {start, end}}, or null for
     * a unit that has no place in the text (it is then compared with every unit of the other side);
     * the rule may accept only pairs whose bounds touch or that are both without a place.
     */
    public static <A, B> List<Pair> match(List<A> as, List<B> bs, Function<A, int[]> boundsA,
                                          Function<B, int[]> boundsB, Rule<A, B> rule) {
        List<long[]> candidates = new ArrayList<>();
        int[][] bb = new int[bs.size()][];
        List<Integer> placeless = new ArrayList<>();
        Integer[] order = new Integer[bs.size()];
        int maxLen = 0;
        for (int j = 0; j < bs.size(); j++) {
            bb[j] = boundsB.apply(bs.get(j));
            order[j] = j;
            if (bb[j] == null) {
                placeless.add(j);
            } else {
                maxLen = Math.max(maxLen, bb[j][1] - bb[j][0]);
            }
        }
        Arrays.sort(order, Comparator.comparingInt(j -> bb[j] == null ? Integer.MIN_VALUE : bb[j][0]));
        int firstPlaced = placeless.size();
        int[] starts = new int[bs.size()];
        for (int k = 0; k < order.length; k++) {
            starts[k] = bb[order[k]] == null ? Integer.MIN_VALUE : bb[order[k]][0];
        }
        for (int i = 0; i < as.size(); i++) {
            A a = as.get(i);
            int[] ba = boundsA.apply(a);
            if (ba == null) {
                for (int j = 0; j < bs.size(); j++) {
                    consider(candidates, i, j, rule.score(a, bs.get(j)));
                }
                continue;
            }
            for (int j : placeless) {
                consider(candidates, i, j, rule.score(a, bs.get(j)));
            }
            // B units that can touch a start in [a.start - maxLen, a.end].
            int k = lowerBound(starts, firstPlaced, (long) ba[0] - maxLen);
            for (; k < order.length && starts[k] <= ba[1]; k++) {
                int j = order[k];
                if (bb[j][1] >= ba[0]) {
                    consider(candidates, i, j, rule.score(a, bs.get(j)));
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0])
                : x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[2], y[2]));
        boolean[] usedA = new boolean[as.size()];
        boolean[] usedB = new boolean[bs.size()];
        List<Pair> out = new ArrayList<>();
        for (long[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (!usedA[i] && !usedB[j]) {
                usedA[i] = true;
                usedB[j] = true;
                out.add(new Pair(i, j));
            }
        }
        return out;
    }

    private static void consider(List<long[]> candidates, int i, int j, long score) {
        if (score >= 0) {
            candidates.add(new long[] {score, i, j});
        }
    }

    private static int lowerBound(int[] starts, int from, long key) {
        int lo = from;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The bounds of a span, or null for none. */
    public static int[] bounds(org.tandai.model.Span s) {
        return s == null ? null : new int[] {s.start(), s.end()};
    }
}
