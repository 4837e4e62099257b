package org.tandai.suggest;

import java.util.List;
import java.util.Locale;
import org.tandai.interchange.Tokenizer.Token;

/**
 * One sentence's tokens as {@link SentenceParse} reads them: lower-case words, punctuation and
 * the quote marks around and inside it.
 */
class SentenceTokens {
    final Lexicon lex;
    final List<Token> tokens;
    final String[] words;
    final QuoteIndex quotes;

    SentenceTokens(Lexicon lex, List<Token> tokens, QuoteIndex quotes) {
        this.lex = lex;
        this.tokens = tokens;
        this.quotes = quotes;
        this.words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
    }

    int lastContentToken() {
        int end = words.length - 1;
        while (end >= 0 && (words[end].equals(".") || words[end].equals("!") || words[end].equals("?"))) {
            end--;
        }
        return end;
    }

    int contentTokens(int from) {
        return Math.max(0, lastContentToken() - from + 1);
    }

    int nextPunct(int from) {
        for (int i = from; i < words.length; i++) {
            if (words[i].equals(",") || words[i].equals(":")) {
                return i;
            }
        }
        return -1;
    }

    int skipPunct(int from) {
        int i = from;
        while (i < words.length && isPunct(i) && !isOpenQuote(i)) {
            i++;
        }
        return i;
    }

    /** A quote opening at token {@code from} (after nothing but punctuation). */
    Quote quoteAfter(int from) {
        int i = from;
        while (i < words.length && (words[i].equals(":") || words[i].equals(","))) {
            i++;
        }
        if (i >= words.length || !isOpenQuote(i)) {
            return null;
        }
        return quotes.openingAt(tokens.get(i).start());
    }

    /** A quote closing just before token {@code from}, with only punctuation between. */
    Quote quoteBefore(int from) {
        int i = from - 1;
        while (i >= 0 && isPunct(i) && !isCloseQuote(i)) {
            i--;
        }
        if (i < 0 || !isCloseQuote(i)) {
            // "“…,” X said": allow a short speaker between the quote and the cue.
            int j = from - 1;
            while (j >= 0 && from - j <= 6 && !isPunct(j)) {
                j--;
            }
            while (j >= 0 && isPunct(j) && !isCloseQuote(j)) {
                j--;
            }
            if (j < 0 || !isCloseQuote(j) || from - j > 8) {
                return null;
            }
            i = j;
        }
        return quotes.closingAt(tokens.get(i).start());
    }

    boolean insideQuote(int cp) {
        return quotes.around(cp) != null;
    }

    boolean isPunct(int i) {
        String t = tokens.get(i).text();
        return t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)) || t.equals("...") || t.equals("…");
    }

    boolean isOpenQuote(int i) {
        String t = tokens.get(i).text();
        if (t.length() != 1) {
            return false;
        }
        return quotes.openingAt(tokens.get(i).start()) != null;
    }

    boolean isCloseQuote(int i) {
        String t = tokens.get(i).text();
        if (t.length() != 1) {
            return false;
        }
        return quotes.closingAt(tokens.get(i).start()) != null;
    }

    Token tokenEndingAt(int cp) {
        for (Token t : tokens) {
            if (t.end() == cp) {
                return t;
            }
        }
        return null;
    }

    String speakerText(CueHit h) {
        if (h.speakerFrom < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = h.speakerFrom; i < h.speakerTo; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }

    boolean speakerIsPronoun(CueHit h) {
        return h.speakerFrom >= 0 && h.speakerTo - h.speakerFrom == 1 && lex.isPronoun(words[h.speakerFrom]);
    }
}
