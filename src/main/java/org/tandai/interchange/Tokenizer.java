package org.tandai.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandai.model.ArticleText;

/**
 * Splits Indonesian and English news text into sentences of tokens, with code-point offsets.
 * Rules (decision record 0203): a line break always ends a sentence; whitespace separates tokens;
 * quotes, brackets and sentence punctuation are split off a word, but dots of known abbreviations
 * ("Prof.", "dll.", "U.S."), initials ("J.") and everything inside numbers ("Rp10.000",
 * "2/12/2024", "5,93") and hyphenated words ("ke-72", "langkah-langkah") stay in the word;
 * Indonesian enclitics ("ujarnya", "bukankah") are not split. A sentence ends after . ! ? or an
 * ellipsis (plus any closing quotes) when the next token starts with a capital, a digit or an
 * opening quote.
 */
public final class Tokenizer {
    /** One token: code-point offsets into the article text (end exclusive) and its text. */
    public record Token(int start, int end, String text) {
    }

    private static final String OPEN = "“‘\"'([{«";
    private static final String CLOSE = "”’\"')]}»,;:!?";
    private static final String FINAL = ".!?…";
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.){2,}|\\p{Lu}\\.");
    private static final Set<String> ABBREVIATIONS = Set.of(
            // Indonesian titles, ranks, addresses and Latin-style abbreviations
            "dr.", "drs.", "dra.", "ir.", "h.", "hj.", "prof.", "st.", "sh.", "se.", "mm.", "mt.", "no.", "jl.",
            "jln.", "kab.", "kec.", "kel.", "dll.", "dsb.", "dst.", "tsb.", "yth.", "bpk.", "sdr.", "pt.", "tbk.",
            "rp.", "ttd.", "wib.", "wita.", "wit.", "dkk.", "hlm.", "thn.", "tgl.", "kol.", "brigjen.", "mayjen.",
            "letjen.", "jend.", "irjen.", "kombes.", "akbp.", "kapt.", "lt.", "m.si.", "s.h.", "a.n.", "u.p.",
            // English
            "mr.", "mrs.", "ms.", "sr.", "jr.", "vs.", "etc.", "inc.", "ltd.", "co.", "corp.", "gov.", "sen.",
            "rep.", "gen.", "col.", "sgt.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
            "sept.", "oct.", "nov.", "dec.", "e.g.", "i.e.", "a.m.", "p.m.", "approx.", "dept.", "est.", "fig.",
            "vol.");

    private Tokenizer() {
    }

    /**
     * Receives tokens as they are found, as UTF-16 ranges of the text, and the end of each
     * (non-empty) sentence: the CoNLL export streams a large article through this instead of
     * holding a list of token objects (decision 0721).
     */
    interface Sink {
        void token(int from, int to);

        void sentenceEnd();
    }

    /** Sentences of tokens for the whole text. */
    public static List<List<Token>> sentences(ArticleText text) {
        return collect(text, false);
    }

    /**
     * Sentences for text that was built from tokens (CoNLL import): tokens are exactly the runs
     * between single spaces, sentences exactly the lines, so export gives back the same tokens.
     */
    public static List<List<Token>> whitespaceSentences(ArticleText text) {
        return collect(text, true);
    }

    private static List<List<Token>> collect(ArticleText text, boolean whitespace) {
        String s = text.text();
        List<List<Token>> out = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        tokenize(s, whitespace, new Sink() {
            private List<Token> current = sentence;

            @Override
            public void token(int from, int to) {
                current.add(Tokenizer.token(text, s, from, to));
            }

            @Override
            public void sentenceEnd() {
                out.add(current);
                current = new ArrayList<>();
            }
        });
        return out;
    }

    /** Tokenizes {@code s} into {@code sink}, line by line (only one line's tokens are held at a time). */
    static void tokenize(String s, boolean whitespace, Sink sink) {
        if (whitespace) {
            whitespaceTokens(s, sink);
            return;
        }
        int lineStart = 0;
        Runs raw = new Runs();
        Runs tail = new Runs();
        // The hot loops index a copy of the characters: no bounds and coder checks per charAt.
        char[] cs = s.toCharArray();
        while (lineStart <= s.length()) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            raw.clear();
            tokenizeLine(s, cs, lineStart, lineEnd, raw, tail);
            splitSentences(s, raw, sink);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
    }

    /**
     * Token ranges in two reused int arrays: one line's tokens, or a word's trailing punctuation.
     * An article has one of each, so tokenizing allocates nothing per token.
     */
    private static final class Runs {
        int[] from = new int[64];
        int[] to = new int[64];
        int size;

        void add(int f, int t) {
            if (size == from.length) {
                from = java.util.Arrays.copyOf(from, size * 2);
                to = java.util.Arrays.copyOf(to, size * 2);
            }
            from[size] = f;
            to[size++] = t;
        }

        void clear() {
            size = 0;
        }
    }

    private static void whitespaceTokens(String s, Sink sink) {
        boolean open = false;
        int tokStart = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (c == ' ' || c == '\n') {
                if (tokStart >= 0) {
                    sink.token(tokStart, i);
                    open = true;
                    tokStart = -1;
                }
                if (c == '\n' && open) {
                    sink.sentenceEnd();
                    open = false;
                }
            } else if (tokStart < 0) {
                tokStart = i;
            }
        }
    }

    private static Token token(ArticleText text, String s, int from, int to) {
        return new Token(text.toCodePoint(from), text.toCodePoint(to), s.substring(from, to));
    }

    private static void tokenizeLine(String s, char[] cs, int from, int to, Runs out, Runs tail) {
        int i = from;
        while (i < to) {
            while (i < to && isSpace(cs[i])) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(cs[i])) {
                i++;
            }
            if (i > start) {
                splitChunk(s, cs, start, i, out, tail);
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Splits one whitespace-free chunk into tokens: leading and trailing punctuation, dashes inside. */
    private static void splitChunk(String s, char[] cs, int start, int end, Runs out, Runs tail) {
        while (start < end && OPEN.indexOf(s.charAt(start)) >= 0) {
            out.add(start, start + 1);
            start++;
        }
        // Trailing punctuation is found from the end backwards and added after the word in text order.
        tail.clear();
        while (end > start) {
            char c = s.charAt(end - 1);
            if (c == '.' && end - start >= 3 && s.startsWith("...", end - 3)) {
                tail.add(end - 3, end);
                end -= 3;
            } else if (c == '…' || CLOSE.indexOf(c) >= 0) {
                tail.add(end - 1, end);
                end--;
            } else if (c == '.') {
                if (keepsDot(s.substring(start, end))) {
                    break;
                }
                tail.add(end - 1, end);
                end--;
            } else {
                break;
            }
        }
        splitInside(cs, start, end, out);
        for (int k = tail.size - 1; k >= 0; k--) {
            out.add(tail.from[k], tail.to[k]);
        }
    }

    /** Inside a word: dashes between words and commas or colons not between digits separate tokens. */
    private static void splitInside(char[] cs, int start, int end, Runs out) {
        int tok = start;
        for (int i = start; i < end; i++) {
            char c = cs[i];
            if (c < ',' || c > ';' && c < '\u2013' || c > '\u201d') {
                continue;
            }
            boolean dash = c == '–' || c == '—';
            boolean sep = (c == ',' || c == ';' || c == ':' || c == '“' || c == '”')
                    && !(i > start && i + 1 < end && Character.isDigit(cs[i - 1]) && Character.isDigit(cs[i + 1]));
            if (dash || sep) {
                if (i > tok) {
                    out.add(tok, i);
                }
                out.add(i, i + 1);
                tok = i + 1;
            }
        }
        if (end > tok) {
            out.add(tok, end);
        }
    }

    /** True for a word whose final dot belongs to it: a known abbreviation or initials. */
    static boolean keepsDot(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || INITIALS.matcher(word).matches();
    }

    private static void splitSentences(String s, Runs raw, Sink sink) {
        boolean open = false;
        int[] from = raw.from;
        int[] to = raw.to;
        for (int k = 0; k < raw.size; k++) {
            sink.token(from[k], to[k]);
            open = true;
            int n = to[k] - from[k];
            boolean isFinal = n == 3 && s.startsWith("...", from[k]) || n == 1 && FINAL.indexOf(s.charAt(from[k])) >= 0;
            if (!isFinal) {
                continue;
            }
            while (k + 1 < raw.size && isClosing(s, from[k + 1], to[k + 1])) {
                k++;
                sink.token(from[k], to[k]);
            }
            if (k + 1 < raw.size && startsSentence(s, from[k + 1])) {
                sink.sentenceEnd();
                open = false;
            }
        }
        if (open) {
            sink.sentenceEnd();
        }
    }

    private static boolean isClosing(String s, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = s.charAt(from);
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(String s, int from) {
        int cp = s.codePointAt(from);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)
                || "“\"‘'([«".indexOf(s.charAt(from)) >= 0;
    }
}
