package org.tandai.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Fragments;
import org.tandai.model.Span;

/**
 * Which units the curated layer already has (decision 0920): each curated mention, claim and source
 * is matched to the unit it overlaps best, each relation to the unit with the same two ends, at
 * most one each way. A matched unit is resolved, whatever the curator made of it; its curated
 * version has the same fields as the annotators', so the view can show it beside theirs.
 */
public final class Resolution {
    /** The label the curated layer's versions carry. */
    public static final String CURATED = "curated";

    private final Map<Unit, Version> curated = new IdentityHashMap<>();
    private final Map<CuratedKey, Unit> unitOfCurated = new HashMap<>();
    private final Map<Unit, Version> withFields = new IdentityHashMap<>();
    private Function<String, Annotation> find;

    private Resolution() {
    }

    /** The curated layer's version of the unit, or null when the unit is not resolved yet. */
    public Version curated(Unit u) {
        Version v = withFields.get(u);
        if (v != null) {
            return v;
        }
        v = curated.get(u);
        return v == null ? null : withFields(u, v);
    }

    public boolean isResolved(Unit u) {
        return curated.containsKey(u);
    }

    /** The unit a curated annotation (for an entity: its mention) is matched to, or null. */
    public Unit unitOfCurated(String id, Span mention) {
        return unitOfCurated.get(new CuratedKey(id, mention));
    }

    /** The open disagreements, incomplete and agreed units of the alignment, and the resolved ones. */
    public Progress progress(Alignment alignment) {
        int dis = 0;
        int inc = 0;
        int agreed = 0;
        int resolved = 0;
        for (Unit u : alignment.units()) {
            if (isResolved(u)) {
                resolved++;
            } else {
                switch (u.state()) {
                    case DISAGREED -> dis++;
                    case INCOMPLETE -> inc++;
                    case AGREED -> agreed++;
                }
            }
        }
        return new Progress(dis, inc, agreed, resolved);
    }

    /** Matches the curated document's annotations to the alignment's units. */
    public static Resolution of(Alignment alignment, AnnotatedDocument doc) {
        Resolution r = new Resolution();
        Map<Unit.Kind, List<Unit>> byKind = new LinkedHashMap<>();
        for (Unit u : alignment.units()) {
            byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u);
        }
        List<Aligner.Held> mentions = new ArrayList<>();
        for (Entity e : doc.entities()) {
            for (Span m : e.mentions()) {
                mentions.add(new Aligner.Held(e, m));
            }
        }
        r.bySpan(byKind.getOrDefault(Unit.Kind.MENTION, List.of()), mentions);
        r.bySpan(byKind.getOrDefault(Unit.Kind.CLAIM, List.of()),
                doc.claims().stream().map(c -> new Aligner.Held(c, c.span())).toList());
        r.bySpan(byKind.getOrDefault(Unit.Kind.SOURCE, List.of()),
                doc.sources().stream().map(s -> new Aligner.Held(s, Fields.matchSpan(s))).toList());
        r.find = Fields.index(doc);
        r.relations(alignment, byKind.getOrDefault(Unit.Kind.RELATION, List.of()), doc);
        return r;
    }

    /** The curated version with its fields, computed when first asked for (most rows never are). */
    private Version withFields(Unit unit, Version v) {
        Function<String, String> ref = id -> {
            Unit u = unitOfCurated(id, null);
            Annotation a = find.apply(id);
            return FieldText.ref(u != null ? u.anchor() : a instanceof Claim c ? c.span()
                    : a instanceof Source s ? Fields.matchSpan(s) : null);
        };
        Map<String, String> fields = switch (v.annotation().kind()) {
            case ENTITY -> Fields.mention((Entity) v.annotation(), v.span());
            case CLAIM -> Fields.claim(find, (Claim) v.annotation());
            case SOURCE -> Fields.source(find, (Source) v.annotation(), ref);
            case RELATION -> Fields.relation(find, (Relation) v.annotation(), ref);
        };
        Version full = new Version(CURATED, v.annotation(), v.span(), fields);
        withFields.put(unit, full);
        return full;
    }

    /** A curated annotation, and for an entity the mention (spans compare by value). */
    private record CuratedKey(String id, Span mention) {
    }

    private record Candidate(Unit unit, Aligner.Held held, double score, int order) {
    }

    private record Entry(Unit unit, Aligner.Held held, Span span, String role) {
        ExactKey exactKey() {
            return new ExactKey(role, span.start(), span.end());
        }
    }

    /** Role and bounds; the fragments are compared when a key matches ({@link Fragments#sameOffsets}). */
    private record ExactKey(String role, int start, int end) {
    }

    /**
     * Equal spans first (they score 1, the most an overlap can): one hash lookup each, which settles
     * nearly everything once the curator has taken the units. What is left is matched by overlap,
     * best first, each curated span against the free versions that start within reach of it.
     */
    private void bySpan(List<Unit> units, List<Aligner.Held> held) {
        Map<ExactKey, List<Entry>> exact = new HashMap<>();
        List<Entry> versions = new ArrayList<>();
        for (Unit u : units) {
            for (Version v : u.versions().values()) {
                if (v.span() != null) {
                    Entry e = new Entry(u, null, v.span(), role(v.annotation()));
                    versions.add(e);
                    exact.computeIfAbsent(e.exactKey(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<Entry> left = new ArrayList<>();
        for (Aligner.Held h : held) {
            if (h.span() == null) {
                continue;
            }
            Entry mine = new Entry(null, h, h.span(), role(h.annotation()));
            Unit free = null;
            for (Entry v : exact.getOrDefault(mine.exactKey(), List.of())) {
                if (!curated.containsKey(v.unit()) && Fragments.sameOffsets(v.span(), mine.span())) {
                    free = v.unit();
                    break;
                }
            }
            if (free == null || !assign(free, h)) {
                left.add(mine);
            }
        }
        if (left.isEmpty()) {
            return;
        }
        versions.removeIf(v -> curated.containsKey(v.unit()));
        versions.sort(Comparator.comparingInt(e -> e.span().start()));
        int reach = 0;
        for (Entry v : versions) {
            reach = Math.max(reach, v.span().end() - v.span().start());
        }
        Map<List<Object>, Candidate> best = new LinkedHashMap<>();
        for (Entry mine : left) {
            int from = firstStartingAt(versions, mine.span().start() - reach);
            for (int j = from; j < versions.size() && versions.get(j).span().start() < mine.span().end(); j++) {
                Entry version = versions.get(j);
                if (!version.role().equals(mine.role()) || !version.span().overlaps(mine.span())) {
                    continue;
                }
                double score = Clusters.jaccard(version.span(), mine.span());
                List<Object> key = List.of(version.unit().id(), mine.held().annotation().id(), mine.span());
                Candidate c = best.get(key);
                if (c == null || score > c.score()) {
                    best.put(key, new Candidate(version.unit(), mine.held(), score, best.size()));
                }
            }
        }
        assign(new ArrayList<>(best.values()));
    }

    private static int firstStartingAt(List<Entry> sorted, int start) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String role(org.tandai.model.Annotation a) {
        return a instanceof Source s ? Fields.matchRole(s) : a.kind().key();
    }

    private void assign(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::order));
        for (Candidate c : candidates) {
            assign(c.unit(), c.held());
        }
    }

    /** Matches a curated annotation to a unit when neither is matched yet. */
    private boolean assign(Unit unit, Aligner.Held held) {
        CuratedKey mine = new CuratedKey(held.annotation().id(), held.annotation() instanceof Entity ? held.span() : null);
        if (curated.containsKey(unit) || unitOfCurated.containsKey(mine)) {
            return false;
        }
        curated.put(unit, new Version(CURATED, held.annotation(), held.span(), Map.of()));
        unitOfCurated.put(mine, unit);
        return true;
    }

    private void relations(Alignment alignment, List<Unit> units, AnnotatedDocument doc) {
        Map<String, List<Unit>> byRole = new HashMap<>();
        for (Unit u : units) {
            Version v = u.first();
            Relation rel = (Relation) v.annotation();
            Function<String, String> unitId = id -> {
                Unit x = alignment.unitOf(v.layer(), id, null);
                return x == null ? null : x.id();
            };
            byRole.computeIfAbsent(Fields.relationRole(id -> alignment.find(v.layer(), id), v.layer(), rel, unitId), k -> new ArrayList<>()).add(u);
        }
        Function<String, String> unitId = id -> {
            Unit x = unitOfCurated(id, null);
            return x == null ? null : x.id();
        };
        List<Candidate> candidates = new ArrayList<>();
        for (Relation rel : doc.relations()) {
            for (Unit u : byRole.getOrDefault(Fields.relationRole(find, CURATED, rel, unitId), List.of())) {
                boolean sameType = u.versions().values().stream()
                        .anyMatch(v -> java.util.Objects.equals(((Relation) v.annotation()).type(), rel.type()));
                candidates.add(new Candidate(u, new Aligner.Held(rel, null), sameType ? 1 : 0.5, candidates.size()));
            }
        }
        assign(candidates);
    }
}
