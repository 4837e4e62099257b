package org.tandai.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Compares suggestions made from scratch with an article's accepted annotations, summed over
 * articles: precision, recall and F1 per kind (cues, contents, quotes, speakers, whole
 * attributions, entity mentions and each entity type), with exact and overlap matching
 * (docs/suggestions.md). Items are paired one to one, each gold item with the first unpaired
 * suggestion that matches it.
 */
public final class Evaluation {
    /** Counts for one kind: gold items, suggested items, pairs found with exact and with overlap matching. */
    public record Count(int gold, int suggested, int exact, int overlap) {
        Count plus(int g, int s, int e, int o) {
            return new Count(gold + g, suggested + s, exact + e, overlap + o);
        }

        public double precision(boolean overlapMatch) {
            return suggested == 0 ? 0 : (double) (overlapMatch ? overlap : exact) / suggested;
        }

        public double recall(boolean overlapMatch) {
            return gold == 0 ? 0 : (double) (overlapMatch ? overlap : exact) / gold;
        }

        public double f1(boolean overlapMatch) {
            double p = precision(overlapMatch);
            double r = recall(overlapMatch);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final List<String> KINDS = List.of("cues", "contents", "quotes", "speakers", "attributions", "entities");

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private int articles;

    public Evaluation() {
        for (String k : KINDS) {
            counts.put(k, new Count(0, 0, 0, 0));
        }
    }

    /** Adds one article: its accepted annotations against the suggestions made for it from scratch. */
    public void add(AnnotatedDocument gold, List<Suggestion> suggested) {
        articles++;
        List<Source> gs = new ArrayList<>();
        for (Source s : gold.sources()) {
            if (s.status() == Status.ACCEPTED) {
                gs.add(s);
            }
        }
        List<Source> ps = new ArrayList<>();
        List<Entity> pe = new ArrayList<>();
        for (Suggestion s : suggested) {
            if (s.annotation() instanceof Source src) {
                ps.add(src);
            } else if (s.annotation() instanceof Entity e) {
                pe.add(e);
            }
        }
        Speakers goldNames = new Speakers(gold);
        count("cues", gs.stream().map(Source::cue).filter(c -> c != null).toList(),
                ps.stream().map(Source::cue).filter(c -> c != null).toList(), Evaluation::sameSpan, SuggestionEngine::overlaps);
        count("contents", contents(gs, false), contents(ps, false), Evaluation::sameSpan, SuggestionEngine::overlaps);
        count("quotes", contents(gs, true), contents(ps, true), Evaluation::sameSpan, SuggestionEngine::overlaps);
        List<Source> gsp = gs.stream().filter(s -> !goldNames.of(s).isEmpty() && s.cue() != null).toList();
        List<Source> psp = ps.stream().filter(s -> s.speakerDescription() != null || s.speaker() != null).toList();
        count("speakers", gsp, psp,
                (g, p) -> sameSpan(g.cue(), p.cue()) && goldNames.exact(g, p),
                (g, p) -> SuggestionEngine.overlaps(g.cue(), p.cue()) && goldNames.overlap(g, p));
        count("attributions", gs, ps,
                (g, p) -> sameSpan(g.cue(), p.cue()) && sameSpan(g.content(), p.content()) && goldNames.exact(g, p),
                (g, p) -> SuggestionEngine.overlaps(g.cue(), p.cue()) && SuggestionEngine.overlaps(g.content(), p.content())
                        && goldNames.overlap(g, p));
        Map<String, List<Span>> goldByType = new LinkedHashMap<>();
        Map<String, List<Span>> predByType = new LinkedHashMap<>();
        for (Entity e : gold.entities()) {
            if (e.status() == Status.ACCEPTED) {
                goldByType.computeIfAbsent(type(e), k -> new ArrayList<>()).addAll(e.mentions());
            }
        }
        for (Entity e : pe) {
            predByType.computeIfAbsent(type(e), k -> new ArrayList<>()).addAll(e.mentions());
        }
        Set<String> types = new HashSet<>(goldByType.keySet());
        types.addAll(predByType.keySet());
        for (String t : types.stream().sorted().toList()) {
            List<Span> g = goldByType.getOrDefault(t, List.of());
            List<Span> p = predByType.getOrDefault(t, List.of());
            count("entities", g, p, Evaluation::sameSpan, SuggestionEngine::overlaps);
            count("entities " + t, g, p, Evaluation::sameSpan, SuggestionEngine::overlaps);
        }
    }

    private static String type(Entity e) {
        return e.type() == null ? "?" : e.type().toUpperCase(Locale.ROOT);
    }

    private static List<Span> contents(List<Source> sources, boolean directOnly) {
        List<Span> out = new ArrayList<>();
        for (Source s : sources) {
            if (s.content() != null && (!directOnly || "direct".equals(s.form()))) {
                out.add(s.content());
            }
        }
        return out;
    }

    private <T> void count(String kind, List<T> gold, List<T> pred, BiPredicate<T, T> exact, BiPredicate<T, T> overlap) {
        counts.put(kind, counts.getOrDefault(kind, new Count(0, 0, 0, 0))
                .plus(gold.size(), pred.size(), pairs(gold, pred, exact), pairs(gold, pred, overlap)));
    }

    private static <T> int pairs(List<T> gold, List<T> pred, BiPredicate<T, T> match) {
        boolean[] used = new boolean[pred.size()];
        int n = 0;
        for (T g : gold) {
            for (int i = 0; i < pred.size(); i++) {
                if (!used[i] && match.test(g, pred.get(i))) {
                    used[i] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static boolean sameSpan(Span a, Span b) {
        if (a == null || b == null || a.fragmentCount() != b.fragmentCount()) {
            return false;
        }
        for (int i = 0; i < a.fragmentCount(); i++) {
            Span x = a.fragments().get(i);
            Span y = b.fragments().get(i);
            if (x.start() != y.start() || x.end() != y.end()) {
                return false;
            }
        }
        return true;
    }

    public int articles() {
        return articles;
    }

    /** The counts by kind: the fixed kinds, then "entities TYPE" per entity type seen. */
    public Map<String, Count> counts() {
        return counts;
    }

    /** A table for people: one line per kind with exact and overlap P, R and F1. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "evaluated %d article(s)%n", articles));
        b.append(String.format(Locale.ROOT, "%-22s %6s %6s   %-20s   %-20s%n", "kind", "gold", "sugg", "exact  P     R     F1",
                "overlap P     R     F1"));
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            Count c = e.getValue();
            b.append(String.format(Locale.ROOT, "%-22s %6d %6d   %.3f %.3f %.3f   %.3f %.3f %.3f%n", e.getKey(), c.gold(),
                    c.suggested(), c.precision(false), c.recall(false), c.f1(false), c.precision(true), c.recall(true),
                    c.f1(true)));
        }
        return b.toString();
    }
}
