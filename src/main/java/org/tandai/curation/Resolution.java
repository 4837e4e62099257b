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
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
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
    private final Map<String, Unit> unitOfCurated = new HashMap<>();

    private Resolution() {
    }

    /** The curated layer's version of the unit, or null when the unit is not resolved yet. */
    public Version curated(Unit u) {
        return curated.get(u);
    }

    public boolean isResolved(Unit u) {
        return curated.containsKey(u);
    }

    /** The unit a curated annotation (for an entity: its mention) is matched to, or null. */
    public Unit unitOfCurated(String id, Span mention) {
        return unitOfCurated.get(Alignment.key(CURATED, id, mention));
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
                doc.sources().stream().map(s -> new Aligner.Held(s, s.cue() != null ? s.cue() : s.content())).toList());
        Function<String, String> ref = id -> {
            Unit u = r.unitOfCurated(id, null);
            return FieldText.ref(u != null ? u.anchor() : doc.find(id) instanceof Claim c ? c.span()
                    : doc.find(id) instanceof Source s ? (s.cue() != null ? s.cue() : s.content()) : null);
        };
        r.relations(alignment, byKind.getOrDefault(Unit.Kind.RELATION, List.of()), doc);
        for (Map.Entry<Unit, Version> e : List.copyOf(r.curated.entrySet())) {
            Version v = e.getValue();
            Map<String, String> fields = switch (v.annotation().kind()) {
                case ENTITY -> Fields.mention((Entity) v.annotation(), v.span());
                case CLAIM -> Fields.claim(doc, (Claim) v.annotation());
                case SOURCE -> Fields.source(doc, (Source) v.annotation(), ref);
                case RELATION -> Fields.relation(doc, (Relation) v.annotation(), ref);
            };
            r.curated.put(e.getKey(), new Version(CURATED, v.annotation(), v.span(), fields));
        }
        return r;
    }

    private record Candidate(Unit unit, Aligner.Held held, double score, int order) {
    }

    private void bySpan(List<Unit> units, List<Aligner.Held> held) {
        // One sweep over the versions' and the curated spans in text order finds the overlapping pairs.
        record Entry(Unit unit, Aligner.Held held, Span span, String role) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Unit u : units) {
            for (Version v : u.versions().values()) {
                if (v.span() != null) {
                    entries.add(new Entry(u, null, v.span(), role(v.annotation())));
                }
            }
        }
        for (Aligner.Held h : held) {
            if (h.span() != null) {
                entries.add(new Entry(null, h, h.span(), role(h.annotation())));
            }
        }
        entries.sort(Comparator.comparingInt(e -> e.span().start()));
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry a = entries.get(i);
            for (int j = i + 1; j < entries.size() && entries.get(j).span().start() < a.span().end(); j++) {
                Entry b = entries.get(j);
                Entry version = a.unit() != null ? a : b;
                Entry mine = a.unit() != null ? b : a;
                if ((a.unit() == null) == (b.unit() == null) || !version.role().equals(mine.role())
                        || !version.span().overlaps(mine.span())) {
                    continue;
                }
                double score = Clusters.jaccard(version.span(), mine.span());
                String key = version.unit().id() + "\u0000" + Alignment.key(CURATED, mine.held().annotation().id(), mine.span());
                Candidate c = best.get(key);
                if (c == null || score > c.score()) {
                    best.put(key, new Candidate(version.unit(), mine.held(), score, best.size()));
                }
            }
        }
        assign(new ArrayList<>(best.values()));
    }

    private static String role(org.tandai.model.Annotation a) {
        return a instanceof Source s ? (s.cue() != null ? "cue" : "content") : a.kind().key();
    }

    private void assign(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::order));
        for (Candidate c : candidates) {
            String mine = Alignment.key(CURATED, c.held().annotation().id(),
                    c.held().annotation() instanceof Entity ? c.held().span() : null);
            if (!curated.containsKey(c.unit()) && !unitOfCurated.containsKey(mine)) {
                curated.put(c.unit(), new Version(CURATED, c.held().annotation(), c.held().span(), Map.of()));
                unitOfCurated.put(mine, c.unit());
            }
        }
    }

    private void relations(Alignment alignment, List<Unit> units, AnnotatedDocument doc) {
        Map<String, List<Unit>> byRole = new HashMap<>();
        for (Unit u : units) {
            Version v = u.first();
            Relation rel = (Relation) v.annotation();
            AnnotatedDocument layer = alignment.layer(v.layer());
            Function<String, String> unitId = id -> {
                Unit x = alignment.unitOf(v.layer(), id, null);
                return x == null ? null : x.id();
            };
            String role = Fields.endpointKey(layer, v.layer(), rel.from(), unitId) + " \u2192 "
                    + Fields.endpointKey(layer, v.layer(), rel.to(), unitId);
            byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(u);
        }
        Function<String, String> unitId = id -> {
            Unit x = unitOfCurated(id, null);
            return x == null ? null : x.id();
        };
        List<Candidate> candidates = new ArrayList<>();
        for (Relation rel : doc.relations()) {
            String role = Fields.endpointKey(doc, CURATED, rel.from(), unitId) + " \u2192 "
                    + Fields.endpointKey(doc, CURATED, rel.to(), unitId);
            for (Unit u : byRole.getOrDefault(role, List.of())) {
                boolean sameType = u.versions().values().stream()
                        .anyMatch(v -> java.util.Objects.equals(((Relation) v.annotation()).type(), rel.type()));
                candidates.add(new Candidate(u, new Aligner.Held(rel, null), sameType ? 1 : 0.5, candidates.size()));
            }
        }
        assign(candidates);
    }
}
