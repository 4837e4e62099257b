package org.tandai.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.suggest.Lexicon.CueType;
import org.tandai.suggest.Lexicon.Direction;

/**
 * Finds the cues of one sentence and, for each, its content and the tokens of its speaker, by the
 * shape of the sentence (docs/suggestions.md): a quotation next to the cue is the content; else
 * the clause after the cue ("X mengatakan bahwa C", "According to X, C") or before it
 * ("C, kata X", "C, he said").
 */
final class SentenceParse extends SentenceTokens {
    private static final int MAX_SPEAKER = 10;

    SentenceParse(Lexicon lex, List<Token> tokens, QuoteIndex quotes) {
        super(lex, tokens, quotes);
    }

    List<CueHit> parse() {
        List<CueHit> hits = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            CueHit h = match(i);
            if (h == null) {
                continue;
            }
            if (insideQuote(tokens.get(i).start())) {
                continue;
            }
            if (h.cue.onlyNearQuoteOrComma() && (i == 0 || !isPunct(i - 1))) {
                continue;
            }
            if (analyse(h)) {
                hits.add(h);
            }
            i = h.to - 1;
        }
        return hits;
    }

    /** The longest lexicon cue starting at token {@code i}, or null. */
    CueHit match(int i) {
        for (Lexicon.Cue c : lex.cuesStartingWith(words[i])) {
            int n = c.words().size();
            if (i + n > words.length) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = words[i + k].equals(c.words().get(k));
            }
            if (all) {
                return new CueHit(c, i, i + n);
            }
        }
        return null;
    }

    /**
     * The rules' cues checked and added to by a learned cue model (decision 1023): a lexicon cue
     * stays when the model gives its first token a cue probability of at least {@code keep}; a cue
     * the model tags where no kept lexicon cue stands is added, typed by the lexicon when one starts
     * there, and read for content and speaker like any other (when the rules find no content for it,
     * the clause after it, else before it). Without a model, {@link #parse()}.
     */
    List<CueHit> parse(CueModel model, double keep) {
        List<CueHit> rules = parse();
        if (model == null) {
            return rules;
        }
        CueModel.Tags tags = model.tag(new CueFeatures(this, rules));
        List<CueHit> out = new ArrayList<>();
        boolean[] taken = new boolean[words.length];
        for (CueHit h : rules) {
            if (tags.cue()[h.from] >= keep) {
                out.add(h);
                Arrays.fill(taken, h.from, h.to, true);
            }
        }
        for (int[] span : tags.spans()) {
            boolean free = true;
            for (int i = span[0]; i < span[1] && free; i++) {
                free = !taken[i];
            }
            if (!free) {
                continue;
            }
            CueHit lexical = match(span[0]);
            Lexicon.Cue cue = lexical != null ? lexical.cue : new Lexicon.Cue(List.of(Arrays.copyOfRange(words, span[0], span[1])),
                    Direction.EITHER, CueType.SPEECH, false);
            CueHit h = new CueHit(cue, span[0], Math.max(span[1], lexical == null ? 0 : lexical.to));
            h.learned = tags.cue()[span[0]];
            if (analyse(h) || (clauseAfter(h, h.to) && contentTokens(h.to) >= 2 || clauseBefore(h))) {
                out.add(h);
                Arrays.fill(taken, h.from, Math.min(h.to, words.length), true);
            }
        }
        out.sort((x, y) -> Integer.compare(x.from, y.from));
        return out;
    }

    /** Fills content and speaker; false when the cue word is not used as a cue here. */
    private boolean analyse(CueHit h) {
        int contentStart = h.to;
        if (h.to < words.length && lex.isComplementizer(words[h.to])) {
            contentStart = h.to + 1;
            if (lex.complementizerInCue()) {
                h.to = h.to + 1;
            }
        }
        Quote after = quoteAfter(contentStart);
        Quote before = quoteBefore(h.from);
        CueType type = h.cue.type();
        Direction dir = h.cue.direction();
        if (type == CueType.ANAPHORIC) {
            h.anaphoric = true;
            if (before != null) {
                return quoted(h, before, null);
            }
            return clauseBefore(h) || clauseAfter(h, contentStart);
        }
        if (type == CueType.ACCORDING || type == CueType.RELAY) {
            int npEnd = speakerAfter(h, h.to);
            if (startsClause(h.from)) {
                int comma = nextPunct(npEnd);
                if (comma >= 0 && clauseAfter(h, comma + 1)) {
                    return true;
                }
            }
            // "C, according to X." or "The poll, according to X, shows C": the clause before, else what follows.
            return clauseBefore(h) || clauseAfter(h, Math.min(skipPunct(npEnd), words.length - 1));
        }
        if (type == CueType.PASSIVE) {
            return clauseAfter(h, contentStart);
        }
        if (dir == Direction.AFTER) {
            int npEnd = speakerAfter(h, h.to);
            if (before != null) {
                return quoted(h, before, quoteAfter(skipPunct(npEnd)));
            }
            return h.from > 0 && isPunct(h.from - 1) && clauseBefore(h);
        }
        if (after != null) {
            speakerBefore(h);
            return quoted(h, after, null);
        }
        if (before != null) {
            if (!speakerBetween(h, before)) {
                int npEnd = speakerAfter(h, h.to);
                return quoted(h, before, quoteAfter(skipPunct(npEnd)));
            }
            return quoted(h, before, null);
        }
        int rest = contentTokens(contentStart);
        boolean complementizer = contentStart > h.from + h.cue.words().size();
        if (rest <= 4 && !complementizer && commaBeforeSpeaker(h)) {
            if (!speakerBetweenComma(h)) {
                speakerAfter(h, h.to);
            }
            return clauseBefore(h);
        }
        if (rest >= 2) {
            speakerBefore(h);
            return clauseAfter(h, contentStart);
        }
        return false;
    }

    private boolean quoted(CueHit h, Quote q, Quote second) {
        List<int[]> pieces = new ArrayList<>(trimmedPieces(q));
        if (second != null && second != q) {
            pieces.addAll(trimmedPieces(second));
        }
        if (pieces.isEmpty()) {
            return false;
        }
        h.content = pieces;
        h.quoted = true;
        return true;
    }

    private List<int[]> trimmedPieces(Quote q) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : q.pieces()) {
            int end = p[1];
            Token last = tokenEndingAt(end);
            if (last != null && last.text().equals(",")) {
                end = last.start();
            }
            if (end > p[0]) {
                out.add(new int[] {p[0], end});
            }
        }
        return out;
    }


    private boolean clauseAfter(CueHit h, int start) {
        int from = start;
        while (from < words.length && (isPunct(from) && !isOpenQuote(from) || lex.isComplementizer(words[from]))) {
            from++;
        }
        int end = lastContentToken();
        if (from > end) {
            return false;
        }
        h.content = List.of(new int[] {tokens.get(from).start(), tokens.get(end).end()});
        return true;
    }

    /** Content from the sentence start to the punctuation before the cue (or before its speaker). */
    private boolean clauseBefore(CueHit h) {
        int end = h.from - 1;
        if (h.speakerFrom >= 0 && h.speakerTo <= h.from) {
            end = h.speakerFrom - 1;
        }
        while (end >= 0 && isPunct(end)) {
            end--;
        }
        int start = 0;
        while (start <= end && isPunct(start) && !isOpenQuote(start)) {
            start++;
        }
        if (end - start < 1) {
            return false;
        }
        h.content = List.of(new int[] {tokens.get(start).start(), tokens.get(end).end()});
        return true;
    }



    /** The speaker after the cue: up to punctuation, a relative marker or another cue; returns the index after it. */
    private int speakerAfter(CueHit h, int from) {
        int i = from;
        while (i < words.length && i - from < MAX_SPEAKER && !isPunct(i) && !lex.isRelativeMarker(words[i])
                && !lex.isComplementizer(words[i]) && match(i) == null) {
            i++;
        }
        if (i > from) {
            h.speakerFrom = from;
            h.speakerTo = i;
        }
        return i;
    }

    /** The speaker before the cue: the clause since the last punctuation, less adverbs next to the cue. */
    private void speakerBefore(CueHit h) {
        int end = h.from;
        while (end > 0 && lex.skippedBeforeCue(words[end - 1])) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_SPEAKER && !isPunct(start - 1) && !lex.isRelativeMarker(words[start - 1])) {
            start--;
        }
        if (start == end && start > 1 && lex.isRelativeMarker(words[start - 1])) {
            // "perjanjian yang berjanji": the speaker is what "yang" refers to, just before it.
            end = start - 1;
            start = end;
            while (start > 0 && end - start < 2 && !isPunct(start - 1)) {
                start--;
            }
        } else if (start == end) {
            // "Kim, mengucapkan …, menambahkan": the subject is where the sentence (or the clause
            // after a leading "Menurut X," / "According to X,") starts, its capitalized words.
            start = 0;
            CueHit lead = match(0);
            if (lead != null && (lead.cue.type() == CueType.ACCORDING || lead.cue.type() == CueType.RELAY)) {
                int comma = nextPunct(lead.to);
                start = comma >= 0 && comma < h.from ? comma + 1 : 0;
            }
            while (start < h.from && isPunct(start)) {
                start++;
            }
            end = start;
            while (end < h.from && end - start < 6 && !isPunct(end) && !lex.isRelativeMarker(words[end])
                    && (end == start || Character.isUpperCase(tokens.get(end).text().charAt(0)))) {
                end++;
            }
        }
        if (end > start) {
            h.speakerFrom = start;
            h.speakerTo = end;
        }
    }

    /** "“…,” X said": the speaker stands between the quote and the cue. */
    private boolean speakerBetween(CueHit h, Quote q) {
        int first = -1;
        for (int i = 0; i < h.from; i++) {
            if (tokens.get(i).start() >= q.close() + 1 && first < 0) {
                first = i;
            }
        }
        if (first < 0) {
            return false;
        }
        while (first < h.from && isPunct(first)) {
            first++;
        }
        if (first >= h.from) {
            return false;
        }
        h.speakerFrom = first;
        h.speakerTo = h.from;
        return true;
    }

    private boolean commaBeforeSpeaker(CueHit h) {
        for (int i = h.from - 1; i >= 0 && h.from - i <= 6; i--) {
            if (words[i].equals(",") || isCloseQuote(i)) {
                return i > 0;
            }
        }
        return false;
    }

    private boolean speakerBetweenComma(CueHit h) {
        int i = h.from - 1;
        while (i >= 0 && !words[i].equals(",") && !isCloseQuote(i)) {
            i--;
        }
        if (i + 1 < h.from) {
            h.speakerFrom = i + 1;
            h.speakerTo = h.from;
            return true;
        }
        return false;
    }

    private boolean startsClause(int from) {
        for (int i = 0; i < from; i++) {
            if (!isPunct(i) && !lex.skippedBeforeCue(words[i])) {
                return words[from - 1].equals(",") || lex.isRelativeMarker(words[from - 1]);
            }
        }
        return true;
    }










}
