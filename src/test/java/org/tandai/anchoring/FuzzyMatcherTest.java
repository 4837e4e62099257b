package org.tandai.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {
    static int levenshtein(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                d[i][j] = Math.min(d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length][b.length];
    }

    @Test
    void bitParallelSearchFindsTheSameBestMatchesAsTheTableWithTrueEditCounts() {
        Random rnd = new Random(5);
        int[] alphabet = {'a', 'b', 'c', ' ', 0x1F600, 'é'};
        for (int round = 0; round < 400; round++) {
            int[] text = new int[50 + rnd.nextInt(300)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[rnd.nextInt(rnd.nextBoolean() ? 3 : alphabet.length)];
            }
            int m = 2 + rnd.nextInt(Math.min(63, text.length - 1));
            int from = rnd.nextInt(text.length - m);
            int[] quote = java.util.Arrays.copyOfRange(text, from, from + m);
            for (int e = rnd.nextInt(m / 2 + 1); e > 0; e--) {
                quote[rnd.nextInt(m)] = alphabet[rnd.nextInt(alphabet.length)];
            }
            int k = FuzzyMatcher.maxErrors(m);
            FuzzyMatcher f = new FuzzyMatcher(text);
            int lo = rnd.nextInt(text.length / 2);
            int hi = lo + rnd.nextInt(text.length - lo) + 1;
            List<FuzzyMatcher.Match> fast = f.search(quote, lo, hi, k);
            List<FuzzyMatcher.Match> table = f.searchTable(quote, lo, Math.min(text.length, hi + m + k), hi, k);

            for (FuzzyMatcher.Match c : fast) {
                assertTrue(c.errors() <= k && c.start() >= lo && c.start() < hi, "round " + round + ": " + c);
                assertEquals(levenshtein(quote, java.util.Arrays.copyOfRange(text, c.start(), c.end())), c.errors(),
                        "round " + round + ": reported edits are the true edit distance");
            }
            int bestFast = fast.stream().mapToInt(FuzzyMatcher.Match::errors).min().orElse(-1);
            int bestTable = table.stream().mapToInt(FuzzyMatcher.Match::errors).min().orElse(-1);
            assertEquals(bestTable, bestFast, "round " + round + ": same best edit count");
        }
    }
}
