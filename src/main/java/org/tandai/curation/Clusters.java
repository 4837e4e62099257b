package org.tandai.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;
import org.tandai.model.Span;

/**
 * Greedy matching of items from several parties into groups of at most one item per party
 * (decision 0920). Candidate pairs are taken best score first; two groups join when they share no
 * party and every item of one is compatible with every item of the other. With exact matches
 * scoring highest, identical spans always pair before merely overlapping ones.
 */
final class Clusters {
    /** One annotation (or mention) of one party, with the span it is matched by (may be null). */
    record Item<T>(int party, T value, Span span, String role) {
    }

    private record Pair<T>(Item<T> a, Item<T> b, double score, int order) {
    }

    private Clusters() {
    }

    /** Groups items whose spans overlap (and whose roles are equal), best overlap first. */
    static <T> List<List<Item<T>>> bySpan(List<Item<T>> items, ToDoubleBiFunction<Item<T>, Item<T>> bonus) {
        BiPredicate<Item<T>, Item<T>> compatible = (a, b) -> a.span() != null && b.span() != null
                && java.util.Objects.equals(a.role(), b.role()) && a.span().overlaps(b.span());
        List<Item<T>> sorted = new ArrayList<>(items);
        sorted.removeIf(i -> i.span() == null);
        sorted.sort(Comparator.comparingInt((Item<T> i) -> i.span().start()));
        List<Pair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Item<T> a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).span().start() < a.span().end(); j++) {
                Item<T> b = sorted.get(j);
                if (a.party() != b.party() && compatible.test(a, b)) {
                    pairs.add(new Pair<>(a, b, jaccard(a.span(), b.span()) + bonus.applyAsDouble(a, b), pairs.size()));
                }
            }
        }
        return group(items, pairs, compatible);
    }

    /** Groups items with equal roles (a relation's two ends), preferring pairs with a bonus. */
    static <T> List<List<Item<T>>> byRole(List<Item<T>> items, ToDoubleBiFunction<Item<T>, Item<T>> bonus) {
        Map<String, List<Item<T>>> byRole = new java.util.LinkedHashMap<>();
        for (Item<T> i : items) {
            byRole.computeIfAbsent(i.role(), k -> new ArrayList<>()).add(i);
        }
        List<Pair<T>> pairs = new ArrayList<>();
        for (List<Item<T>> same : byRole.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    if (same.get(i).party() != same.get(j).party()) {
                        pairs.add(new Pair<>(same.get(i), same.get(j), 1 + bonus.applyAsDouble(same.get(i), same.get(j)),
                                pairs.size()));
                    }
                }
            }
        }
        return group(items, pairs, (a, b) -> a.role().equals(b.role()));
    }

    private static <T> List<List<Item<T>>> group(List<Item<T>> items, List<Pair<T>> pairs,
                                                 BiPredicate<Item<T>, Item<T>> compatible) {
        Map<Item<T>, List<Item<T>>> groupOf = new IdentityHashMap<>();
        List<List<Item<T>>> groups = new ArrayList<>();
        for (Item<T> i : items) {
            List<Item<T>> g = new ArrayList<>(List.of(i));
            groupOf.put(i, g);
            groups.add(g);
        }
        pairs.sort(Comparator.comparingDouble((Pair<T> p) -> -p.score()).thenComparingInt(Pair::order));
        for (Pair<T> p : pairs) {
            List<Item<T>> ga = groupOf.get(p.a());
            List<Item<T>> gb = groupOf.get(p.b());
            if (ga == gb || !joinable(ga, gb, compatible)) {
                continue;
            }
            ga.addAll(gb);
            for (Item<T> i : gb) {
                groupOf.put(i, ga);
            }
            gb.clear();
        }
        groups.removeIf(List::isEmpty);
        for (List<Item<T>> g : groups) {
            g.sort(Comparator.comparingInt(Item::party));
        }
        return groups;
    }

    private static <T> boolean joinable(List<Item<T>> ga, List<Item<T>> gb, BiPredicate<Item<T>, Item<T>> compatible) {
        for (Item<T> a : ga) {
            for (Item<T> b : gb) {
                if (a.party() == b.party() || !compatible.test(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Shared code points over covered code points, fragment by fragment: 1 for equal spans. */
    static double jaccard(Span a, Span b) {
        long shared = 0;
        for (Span x : a.fragments()) {
            for (Span y : b.fragments()) {
                shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        long union = a.length() + b.length() - shared;
        return union <= 0 ? (a.start() == b.start() ? 1 : 0) : (double) shared / union;
    }
}
