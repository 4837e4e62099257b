package org.tandai.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Proposes entity mentions from scratch by the rules of {@code names-LANG.json} (decision 1020):
 * dates ("hari Selasa", "September 2023"), events ("perang Ukraina"), organisations named by what
 * they are of ("militer Seoul"), and runs of capitalised words, cut at title words ("Presiden",
 * "Rep") and at well-known places and media, and typed by their head word ("Kementerian …",
 * "Berita …", "Republik …") or qualifier ("… Utara"). Other runs are persons; a lone word is the
 * person whose longer name in the article it is part of, and otherwise not proposed. A capitalised word opening a sentence counts only when
 * the article never writes it in lower case and, alone, when it is capitalised elsewhere too.
 */
public final class NameRuleRecommender implements Recommender {
    private final Function<String, NameRules> rules;

    public NameRuleRecommender() {
        this(NameRules::builtIn);
    }

    public NameRuleRecommender(Function<String, NameRules> rules) {
        this.rules = rules;
    }

    @Override
    public List<String> kinds() {
        return List.of(Suggestion.ENTITIES);
    }

    /** One proposed mention: token range in a sentence, type, confidence; a null type waits for the article's persons. */
    private record Found(List<Token> sentence, int from, int to, String type, double confidence) {
    }

    @Override
    public List<Suggestion> suggest(Input in) {
        NameRules r = in.language() == null ? null : rules.apply(in.language());
        if (r == null) {
            return List.of();
        }
        Set<String> lowerSeen = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (List<Token> s : in.sentences()) {
            int first = firstWord(s);
            for (int i = 0; i < s.size(); i++) {
                String t = s.get(i).text();
                if (isCapitalised(t)) {
                    if (i > first) {
                        capitalisedInside.add(t);
                    }
                } else if (!t.isEmpty() && Character.isLetter(t.codePointAt(0))) {
                    lowerSeen.add(t);
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (List<Token> s : in.sentences()) {
            new SentenceNames(r, s, lowerSeen, capitalisedInside, found).run();
        }
        Map<String, String> personOfWord = new HashMap<>();
        for (Found f : found) {
            if ("PERSON".equals(f.type()) && f.to() - f.from() > 1) {
                String name = in.text().slice(f.sentence().get(f.from()).start(), f.sentence().get(f.to() - 1).end());
                for (int i = f.from(); i < f.to(); i++) {
                    personOfWord.putIfAbsent(f.sentence().get(i).text(), name);
                }
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (Found f : found) {
            int start = f.sentence().get(f.from()).start();
            int end = f.sentence().get(f.to() - 1).end();
            String surface = in.text().slice(start, end);
            String type = f.type();
            String name = surface;
            double confidence = f.confidence();
            if (type == null) {
                // A lone capitalised word is proposed only as part of a longer person's name in the article.
                String full = personOfWord.get(surface);
                if (full == null) {
                    continue;
                }
                type = "PERSON";
                name = full;
            }
            Span mention = Span.of(in.text(), start, end);
            Entity e = new Entity(null, name, type);
            e.setStatus(Status.SUGGESTED);
            e.mentions().add(mention);
            out.add(new Suggestion(SuggestionKeys.entity(type, mention), Suggestion.ENTITIES, confidence, e, null));
        }
        return out;
    }

    static int firstWord(List<Token> s) {
        int i = 0;
        while (i < s.size() && !Character.isLetterOrDigit(s.get(i).text().codePointAt(0))) {
            i++;
        }
        return i;
    }

    private static boolean digits(String t, int min, int max) {
        if (t.length() < min || t.length() > max) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isCapitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    /** The rules applied to one sentence, in order: dates, events, "militer X", then capitalised runs. */
    private static final class SentenceNames {
        private final NameRules r;
        private final List<Token> s;
        private final String[] w;
        private final boolean[] used;
        private final Set<String> lowerSeen;
        private final Set<String> capitalisedInside;
        private final List<Found> out;

        SentenceNames(NameRules r, List<Token> s, Set<String> lowerSeen, Set<String> capitalisedInside, List<Found> out) {
            this.r = r;
            this.s = s;
            this.lowerSeen = lowerSeen;
            this.capitalisedInside = capitalisedInside;
            this.out = out;
            w = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.get(i).text().toLowerCase(Locale.ROOT);
            }
            used = new boolean[w.length];
        }

        private boolean cap(int i) {
            return i < w.length && !used[i] && isCapitalised(s.get(i).text());
        }

        private int runEnd(int i) {
            int k = i;
            while (cap(k)) {
                k++;
            }
            return k;
        }

        private void emit(int from, int to, String type, double confidence) {
            for (int i = from; i < to; i++) {
                used[i] = true;
            }
            out.add(new Found(s, from, to, type, confidence));
        }

        void run() {
            dates();
            for (int i = 0; i < w.length; i++) {
                int n = used[i] || cap(i) ? 0 : r.eventHeads().match(w, i, w.length);
                String type = "EVENT";
                if (n == 0 && !used[i] && !cap(i)) {
                    n = r.organizationBeforeName().match(w, i, w.length);
                    type = "ORGANIZATION";
                }
                if (n > 0 && cap(i + n)) {
                    emit(i, runEnd(i + n), type, 0.6);
                }
            }
            int first = firstWord(s);
            for (int i = 0; i < w.length; i++) {
                if (cap(i)) {
                    int k = runEnd(i);
                    capitalisedRun(i, k, i == first);
                    i = k - 1;
                }
            }
        }

        private void dates() {
            for (int i = 0; i < w.length; i++) {
                int n = r.relativeDates().match(w, i, w.length);
                if (n > 0) {
                    emit(i, i + n, "DATE", 0.6);
                    i += n - 1;
                    continue;
                }
                int p = r.datePrefixes().match(w, i, w.length);
                int j = i + p;
                if (j < w.length && digits(w[j], 1, 2) && j + 1 < w.length && r.isMonth(w[j + 1])) {
                    j++;
                }
                if (j < w.length && isCapitalised(s.get(j).text()) && (r.isDay(w[j]) || r.isMonth(w[j]))) {
                    int end = j + 1;
                    if (r.isMonth(w[j]) && end < w.length && digits(w[end], 4, 4)) {
                        end++;
                    }
                    int from = p > 0 ? i : j > i ? i : j;
                    emit(from, end, "DATE", 0.7);
                    i = end - 1;
                }
            }
        }

        private void capitalisedRun(int i, int k, boolean opensSentence) {
            if (opensSentence) {
                while (i < k && (r.isNotName(w[i]) || lowerSeen.contains(w[i]))) {
                    i++;
                }
                if (i == k) {
                    return;
                }
                if (i == firstWord(s) && k - i == 1 && r.knownAt(w, i, k) == null
                        && !capitalisedInside.contains(s.get(i).text())) {
                    return;
                }
            }
            int piece = i;
            boolean afterTitle = false;
            for (int t = i; t <= k; t++) {
                if (t == k || r.isTitle(w[t])) {
                    if (t > piece) {
                        piece(piece, t, afterTitle);
                    }
                    afterTitle = t < k;
                    piece = t + 1;
                }
            }
        }

        private void piece(int a, int b, boolean afterTitle) {
            String headType = r.organizationHeads().match(w, a, b) > 0 ? "ORGANIZATION"
                    : r.mediaHeads().match(w, a, b) > 0 ? "MEDIA"
                    : r.placeHeads().match(w, a, b) > 0 ? "LOCATION"
                    : r.eventHeads().match(w, a, b) > 0 ? "EVENT" : null;
            if (headType != null && b - a > 1) {
                emit(a, b, headType, 0.7);
                return;
            }
            int unknown = a;
            int t = a;
            while (t < b) {
                Map.Entry<Integer, String> known = r.knownAt(w, t, b);
                if (known == null) {
                    t++;
                    continue;
                }
                if (t > unknown) {
                    unknownStretch(unknown, t, afterTitle);
                }
                int end = t + known.getKey();
                int q;
                while (end < b && (q = r.placeQualifiers().match(w, end, b)) > 0) {
                    end += q;
                }
                emit(t, end, known.getValue(), 0.8);
                t = end;
                unknown = end;
            }
            if (b > unknown) {
                unknownStretch(unknown, b, afterTitle);
            }
        }

        private void unknownStretch(int a, int b, boolean afterTitle) {
            String text = s.get(a).text();
            if (r.placeQualifiers().match(w, b - 1, b) > 0) {
                emit(a, b, "LOCATION", 0.6);
            } else if (b - a == 1 && text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT))
                    && text.chars().allMatch(Character::isLetter)) {
                emit(a, b, "ORGANIZATION", 0.5);
            } else if (b - a > 1 || afterTitle) {
                emit(a, b, "PERSON", 0.7);
            } else {
                emit(a, b, null, 0.4);
            }
        }
    }
}
