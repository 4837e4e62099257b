package org.tandai.suggest;

import java.util.ArrayList;
import java.util.List;
import org.tandai.suggest.Lexicon.Cue;

/**
 * The features the learned cue model sees at one token of a sentence (decision 1023): the words
 * around it, its suffixes and shape, whether a lexicon cue starts or continues there, whether it
 * stands inside a quotation or inside the content the rules found for another cue, and its place
 * relative to quotes, commas and the sentence's ends. The same code makes the training events and
 * the features at suggestion time, so the two never drift apart.
 */
final class CueFeatures {
    private final SentenceParse s;
    private final String[] lexStart;
    private final boolean[] lexInside;
    private final boolean[] inQuote;
    private final boolean[] inContent;
    private final boolean[] punct;

    /** {@code hits} are the rules' cues of this sentence (with their contents), as {@link SentenceParse#parse()} finds them. */
    CueFeatures(SentenceParse s, List<CueHit> hits) {
        this.s = s;
        int n = s.words.length;
        lexStart = new String[n];
        lexInside = new boolean[n];
        inQuote = new boolean[n];
        inContent = new boolean[n];
        punct = new boolean[n];
        for (int i = 0; i < n; i++) {
            punct[i] = s.isPunct(i);
            inQuote[i] = s.insideQuote(s.tokens.get(i).start());
            CueHit m = s.match(i);
            if (m != null) {
                Cue c = m.cue;
                lexStart[i] = c.type().name() + "/" + c.direction().name();
                for (int k = i + 1; k < m.to; k++) {
                    lexInside[k] = true;
                }
            }
        }
        for (CueHit h : hits) {
            if (h.content == null) {
                continue;
            }
            for (int[] p : h.content) {
                for (int i = 0; i < n; i++) {
                    if ((i < h.from || i >= h.to) && s.tokens.get(i).start() >= p[0] && s.tokens.get(i).end() <= p[1]) {
                        inContent[i] = true;
                    }
                }
            }
        }
    }

    /** True when a cue may start at token {@code i}: a lexicon cue starts there or its word started a training cue. */
    boolean mayStartCue(int i, java.util.Set<String> cueWords) {
        return lexStart[i] != null || cueWords.contains(s.words[i]);
    }

    int size() {
        return s.words.length;
    }

    /** The features of token {@code i} when the tags before it were {@code prev} and {@code prev2} (B, I or O). */
    String[] at(int i, String prev, String prev2) {
        List<String> f = new ArrayList<>(32);
        String w = s.words[i];
        String p1 = word(i - 1);
        String n1 = word(i + 1);
        f.add("w=" + w);
        f.add("p1=" + p1);
        f.add("n1=" + n1);
        f.add("p2=" + word(i - 2));
        f.add("n2=" + word(i + 2));
        f.add("p1w=" + p1 + "_" + w);
        f.add("wn1=" + w + "_" + n1);
        if (w.length() > 4) {
            f.add("s3=" + w.substring(w.length() - 3));
            f.add("s2=" + w.substring(w.length() - 2));
            f.add("f4=" + w.substring(0, 4));
        }
        f.add("sh=" + shape(s.tokens.get(i).text()));
        f.add("lex=" + (lexStart[i] == null ? (lexInside[i] ? "in" : "-") : lexStart[i]));
        f.add("lexp1=" + (i > 0 && lexStart[i - 1] != null));
        f.add("q=" + inQuote[i]);
        f.add("c=" + inContent[i]);
        f.add("qc=" + inQuote[i] + inContent[i] + (lexStart[i] != null));
        f.add("qb=" + quoteBefore(i));
        f.add("qa=" + quoteAfter(i));
        f.add("cb=" + (i > 0 && punct[i - 1] ? s.words[i - 1] : "-"));
        f.add("ca=" + (i + 1 < punct.length && punct[i + 1] ? s.words[i + 1] : "-"));
        f.add("pos=" + bucket(i));
        f.add("end=" + bucket(punct.length - 1 - i));
        f.add("pr=" + prev);
        f.add("pr2=" + prev2 + prev);
        f.add("prw=" + prev + "_" + w);
        f.add("lexpr=" + prev + (lexStart[i] != null));
        return f.toArray(new String[0]);
    }

    private String word(int i) {
        return i < 0 ? "<s>" : i >= s.words.length ? "</s>" : s.words[i];
    }

    /** A closing quote among the three tokens before. */
    private boolean quoteBefore(int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (s.isCloseQuote(k)) {
                return true;
            }
        }
        return false;
    }

    /** An opening quote among the three tokens after. */
    private boolean quoteAfter(int i) {
        for (int k = i + 1; k < Math.min(punct.length, i + 4); k++) {
            if (s.isOpenQuote(k)) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int d) {
        return d < 3 ? String.valueOf(d) : d < 6 ? "3-5" : d < 12 ? "6-11" : "12+";
    }

    private static String shape(String t) {
        char c = t.charAt(0);
        if (Character.isUpperCase(c)) {
            return t.length() > 1 && t.chars().allMatch(Character::isUpperCase) ? "XX" : "Xx";
        }
        if (Character.isLowerCase(c)) {
            return "x";
        }
        return Character.isDigit(c) ? "9" : "p";
    }
}
