package org.tandai.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandai.interchange.Tokenizer;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Learns cue forms from a corpus's accepted attributions (decision 1001): a word or short phrase
 * that was accepted as a cue at least {@value #MIN_ACCEPTED} times, and in at least
 * {@value #MIN_RATIO_PERCENT}% of the places it occurs, becomes a cue for this corpus. The ratio keeps
 * words like "in" or "of" out, which annotators mark as cues now and then but which are mostly not.
 */
public final class CueLearner {
    static final int MIN_ACCEPTED = 2;
    static final int MIN_RATIO_PERCENT = 20;
    private static final int MAX_WORDS = 3;

    private final Map<List<String>, Integer> accepted = new HashMap<>();
    private final Map<List<String>, Integer> seen = new HashMap<>();
    private final List<List<List<String>>> texts = new ArrayList<>();

    /** Adds one article: its accepted cues, and its words for counting where else the cues occur. */
    public void add(ArticleText text, AnnotatedDocument doc) {
        List<List<Token>> sentences = Tokenizer.sentences(text);
        Map<Integer, Integer> tokenAtStart = new HashMap<>();
        List<Token> flat = new ArrayList<>();
        for (List<Token> s : sentences) {
            for (Token t : s) {
                tokenAtStart.put(t.start(), flat.size());
                flat.add(t);
            }
        }
        for (Source s : doc.sources()) {
            Span cue = s.cue();
            if (s.status() != Status.ACCEPTED || cue == null || cue.isMultiFragment()) {
                continue;
            }
            Integer i = tokenAtStart.get(cue.start());
            if (i == null) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int k = i; k < flat.size() && flat.get(k).end() <= cue.end() && words.size() <= MAX_WORDS; k++) {
                words.add(flat.get(k).text().toLowerCase(Locale.ROOT));
            }
            if (!words.isEmpty() && words.size() <= MAX_WORDS && isWordy(words)) {
                accepted.merge(words, 1, Integer::sum);
            }
        }
        List<List<String>> lowered = new ArrayList<>();
        for (List<Token> s : sentences) {
            List<String> l = new ArrayList<>(s.size());
            s.forEach(t -> l.add(t.text().toLowerCase(Locale.ROOT)));
            lowered.add(l);
        }
        texts.add(lowered);
    }

    private static boolean isWordy(List<String> words) {
        for (String w : words) {
            if (w.length() < 3 || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The learned cue forms, each a list of lower-case words. */
    public List<List<String>> learned() {
        seen.clear();
        Map<String, List<List<String>>> byFirst = new HashMap<>();
        for (List<String> form : accepted.keySet()) {
            byFirst.computeIfAbsent(form.get(0), k -> new ArrayList<>()).add(form);
        }
        for (List<List<String>> text : texts) {
            for (List<String> sentence : text) {
                for (int i = 0; i < sentence.size(); i++) {
                    for (List<String> form : byFirst.getOrDefault(sentence.get(i), List.of())) {
                        if (i + form.size() <= sentence.size() && sentence.subList(i, i + form.size()).equals(form)) {
                            seen.merge(form, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<List<String>, Integer> e : accepted.entrySet()) {
            int n = seen.getOrDefault(e.getKey(), e.getValue());
            if (e.getValue() >= MIN_ACCEPTED && e.getValue() * 100 >= n * MIN_RATIO_PERCENT) {
                out.add(e.getKey());
            }
        }
        out.sort((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
        return out;
    }
}
