package org.tandai.ui.common;

/**
 * Word boundaries for snapping and extending selections. A word character is a letter, digit,
 * combining mark or one of the joiners that belong inside words ("ke-72", "Kim's", "20,5").
 * Works on UTF-16 indices; callers convert to code points at the edge.
 */
public final class WordBounds {
    private WordBounds() {
    }

    public static boolean isWordChar(String t, int i) {
        if (i < 0 || i >= t.length()) {
            return false;
        }
        int cp = t.codePointAt(i);
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return true;
        }
        char c = t.charAt(i);
        boolean joiner = c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ',';
        return joiner && i > 0 && i + 1 < t.length()
                && Character.isLetterOrDigit(t.codePointBefore(i)) && Character.isLetterOrDigit(t.codePointAt(i + 1));
    }

    public static boolean isWordStart(String t, int i) {
        return isWordChar(t, i) && !isWordChar(t, i - 1);
    }

    public static boolean isWordEnd(String t, int i) {
        return isWordChar(t, i - 1) && !isWordChar(t, i);
    }

    /**
     * Snaps [start, end) outward to whole words and trims surrounding spaces and punctuation;
     * returns {start, end}. An empty or all-space range stays where it is.
     */
    public static int[] snap(String t, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && !isWordChar(t, a)) {
            a++;
        }
        while (b > a && !isWordChar(t, b - 1)) {
            b--;
        }
        if (a == b) {
            return new int[] {start, end};
        }
        while (a > 0 && isWordChar(t, a - 1)) {
            a--;
        }
        while (b < t.length() && isWordChar(t, b)) {
            b++;
        }
        return new int[] {a, b};
    }

    /** The end of the next word after {@code i}. */
    public static int nextWordEnd(String t, int i) {
        int j = i;
        while (j < t.length() && !isWordChar(t, j)) {
            j++;
        }
        while (j < t.length() && isWordChar(t, j)) {
            j++;
        }
        return j;
    }

    /** The end of the word before the word that ends at or before {@code i}, but not below {@code min}. */
    public static int previousWordEnd(String t, int i, int min) {
        int j = i;
        while (j > min && isWordChar(t, j - 1)) {
            j--;
        }
        while (j > min && !isWordChar(t, j - 1)) {
            j--;
        }
        return Math.max(j, min);
    }

    /** The start of the word before {@code i}. */
    public static int previousWordStart(String t, int i) {
        int j = i;
        while (j > 0 && !isWordChar(t, j - 1)) {
            j--;
        }
        while (j > 0 && isWordChar(t, j - 1)) {
            j--;
        }
        return j;
    }

    /** The start of the word after the word that starts at or after {@code i}, but not above {@code max}. */
    public static int nextWordStart(String t, int i, int max) {
        int j = i;
        while (j < max && isWordChar(t, j)) {
            j++;
        }
        while (j < max && !isWordChar(t, j)) {
            j++;
        }
        return Math.min(j, max);
    }
}
