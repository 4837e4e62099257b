package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article text being edited by a test, remembering for every code point where it came from in
 * the original text (-1 for inserted text). Since the test makes the edits, it knows where each
 * span's text really went: {@link #whereIs} is the ground truth re-anchoring is measured against.
 *
 * <p>Some edits have two equally true readings: deleting "Kim bertemu Putin. " before "Kim dan
 * Putin" leaves the same text as deleting "bertemu Putin. Kim " after the first "Kim". For these
 * the deleted (or inserted) stretch is slid as far as the text allows, and {@link #alsoAt} gives
 * where a span's text is in that other reading.
 */
final class EditedText {
    private int[] cps;
    private int[] origin;
    /** The origins in the other reading of ambiguous deletions and insertions (equal to origin elsewhere). */
    private int[] alt;

    EditedText(String original) {
        cps = original.codePoints().toArray();
        origin = new int[cps.length];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        alt = origin.clone();
    }

    String text() {
        return new String(cps, 0, cps.length);
    }

    int length() {
        return cps.length;
    }

    /** Code-point ranges [start, end) of the paragraphs, each with its line break. */
    List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        if (from < cps.length) {
            out.add(new int[] {from, cps.length});
        }
        return out;
    }

    void delete(int start, int end) {
        replace(start, end, "");
    }

    /** Replaces [start, end) by new text, which has no origin. */
    void replace(int start, int end, String with) {
        int[] w = with.codePoints().toArray();
        int[] oldCps = cps;
        int[] oldAlt = alt;
        cps = splice(cps, start, end, w);
        int[] none = new int[w.length];
        Arrays.fill(none, -1);
        origin = splice(origin, start, end, none);
        alt = splice(alt, start, end, none);
        int len = end - start;
        if (w.length == 0 && len > 0) {
            // Deleted [start, end): as true to delete [start + d, end + d) while the text repeats.
            for (int d = 0; end + d < oldCps.length && oldCps[start + d] == oldCps[end + d]; d++) {
                alt[start + d] = oldAlt[start + d];
            }
            for (int e = 1; start - e >= 0 && oldCps[start - e] == oldCps[end - e]; e++) {
                alt[start - e] = oldAlt[end - e];
            }
        } else if (len == 0 && w.length > 0) {
            // Inserted at start: as true to insert d further right (or left) while the text repeats.
            int n = w.length;
            int d = 0;
            for (; start + n + d < cps.length && cps[start + d] == cps[start + n + d]; d++) {
                alt[start + d] = oldAlt[start + d];
                alt[start + n + d] = -1;
            }
            // One other reading only: sliding left too would overwrite the one just recorded.
            for (int e = 1; d == 0 && start - e >= 0 && cps[start - e] == cps[start + n - e]; e++) {
                alt[start - e] = -1;
                alt[start + n - e] = oldAlt[start - e];
            }
        }
    }

    private static int[] splice(int[] a, int start, int end, int[] w) {
        int[] c = new int[a.length - (end - start) + w.length];
        System.arraycopy(a, 0, c, 0, start);
        System.arraycopy(w, 0, c, start, w.length);
        System.arraycopy(a, end, c, start + w.length, a.length - end);
        return c;
    }

    /** Moves the range [start, end) so that it begins where {@code at} was (at outside the range). */
    void move(int start, int end, int at) {
        int[] order = new int[cps.length];
        int n = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == at) {
                for (int j = start; j < end; j++) {
                    order[n++] = j;
                }
            }
            if (i < cps.length && (i < start || i >= end)) {
                order[n++] = i;
            }
        }
        permute(order);
    }

    private void permute(int[] order) {
        int[] c = new int[order.length];
        int[] o = new int[order.length];
        int[] a = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            c[k] = cps[order[k]];
            o[k] = origin[order[k]];
            a[k] = alt[order[k]];
        }
        cps = c;
        origin = o;
        alt = a;
    }

    /** Swaps two non-overlapping ranges, a before b. */
    void swap(int[] a, int[] b) {
        int[] order = new int[cps.length];
        int n = 0;
        for (int[] r : new int[][] {{0, a[0]}, b, {a[1], b[0]}, a, {b[1], cps.length}}) {
            for (int i = r[0]; i < r[1]; i++) {
                order[n++] = i;
            }
        }
        permute(order);
    }

    /**
     * Where the original range [start, end) is now, as {start, end}, or null when any of its code
     * points was deleted or replaced, or they are no longer together in order.
     */
    int[] whereIs(int start, int end) {
        return find(origin, start, end);
    }

    /** Where the original range is in the other reading of ambiguous edits (see the class comment), or null. */
    int[] alsoAt(int start, int end) {
        return find(alt, start, end);
    }

    private static int[] find(int[] origin, int start, int end) {
        for (int j = 0; j < origin.length; j++) {
            if (origin[j] == start) {
                for (int k = 1; k < end - start; k++) {
                    if (j + k >= origin.length || origin[j + k] != start + k) {
                        return null;
                    }
                }
                return new int[] {j, j + end - start};
            }
        }
        return null;
    }
}
