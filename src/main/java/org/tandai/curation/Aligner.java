package org.tandai.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Merges the annotators' layers of one article into {@link Unit}s (decision 0920). Mentions,
 * claims and sources are matched by overlapping spans (a source by its cue, or by its content
 * when it has no cue), best overlap first, at most one version per annotator; relations by their
 * two ends once those are units. Rejected suggestions take no part.
 */
public final class Aligner {
    /** An entity mention: the unit of entity annotation. */
    record Held(Annotation annotation, Span span) {
    }

    private record Group(Unit.Kind kind, List<Clusters.Item<Held>> items) {
        Span anchor() {
            return items.get(0).span();
        }
    }

    private final List<String> parties;
    private final Map<String, AnnotatedDocument> layers;
    private final Map<String, Group> groupOf = new HashMap<>();
    private final Map<Group, String> idOf = new java.util.IdentityHashMap<>();
    private final Map<String, Unit> byItem = new HashMap<>();
    private final Map<String, Function<String, Annotation>> lookups = new HashMap<>();

    private Aligner(Map<String, AnnotatedDocument> layers) {
        this.parties = List.copyOf(layers.keySet());
        this.layers = layers;
        layers.forEach((party, doc) -> lookups.put(party, Fields.index(doc)));
    }

    /** Aligns the layers, keyed by annotator (layer label), in the order given. */
    public static Alignment align(Map<String, AnnotatedDocument> layers) {
        return new Aligner(new LinkedHashMap<>(layers)).run();
    }

    private Alignment run() {
        List<Group> spanned = new ArrayList<>();
        spanned.addAll(groups(Unit.Kind.MENTION, Clusters.bySpan(items(Unit.Kind.MENTION), Aligner::sameEntity)));
        spanned.addAll(groups(Unit.Kind.CLAIM, Clusters.bySpan(items(Unit.Kind.CLAIM), (a, b) -> 0)));
        spanned.addAll(groups(Unit.Kind.SOURCE, Clusters.bySpan(items(Unit.Kind.SOURCE), (a, b) -> 0)));
        spanned.sort(Comparator.comparing(Group::anchor, Span::compare).thenComparing(Group::kind));
        for (Group g : spanned) {
            name(g);
        }
        List<Unit> units = new ArrayList<>();
        for (Group g : spanned) {
            units.add(unit(g));
        }
        List<Clusters.Item<Held>> relationItems = relationItems();
        for (Group g : groups(Unit.Kind.RELATION, Clusters.byRole(relationItems, Aligner::sameType))) {
            name(g);
            units.add(unit(g));
        }
        return new Alignment(parties, layers, units, byItem, lookups);
    }

    private void name(Group g) {
        idOf.put(g, "u" + (idOf.size() + 1));
        for (Clusters.Item<Held> i : g.items()) {
            groupOf.put(itemKey(i), g);
        }
    }

    private String itemKey(Clusters.Item<Held> i) {
        Held h = i.value();
        return Alignment.key(parties.get(i.party()), h.annotation().id(), h.annotation() instanceof Entity ? h.span() : null);
    }

    private static List<Group> groups(Unit.Kind kind, List<List<Clusters.Item<Held>>> clusters) {
        List<Group> out = new ArrayList<>();
        for (List<Clusters.Item<Held>> c : clusters) {
            out.add(new Group(kind, c));
        }
        return out;
    }

    private List<Clusters.Item<Held>> items(Unit.Kind kind) {
        List<Clusters.Item<Held>> out = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            AnnotatedDocument doc = layers.get(parties.get(p));
            switch (kind) {
                case MENTION -> {
                    for (Entity e : doc.entities()) {
                        if (e.status() != Status.REJECTED) {
                            for (Span m : e.mentions()) {
                                out.add(new Clusters.Item<>(p, new Held(e, m), m, "mention"));
                            }
                        }
                    }
                }
                case CLAIM -> {
                    for (Claim c : doc.claims()) {
                        if (c.status() != Status.REJECTED) {
                            out.add(new Clusters.Item<>(p, new Held(c, c.span()), c.span(), "claim"));
                        }
                    }
                }
                case SOURCE -> {
                    for (Source s : doc.sources()) {
                        if (s.status() != Status.REJECTED) {
                            Span by = Fields.matchSpan(s);
                            out.add(new Clusters.Item<>(p, new Held(s, by), by, Fields.matchRole(s)));
                        }
                    }
                }
                case RELATION -> throw new IllegalArgumentException("relations are matched by their ends");
            }
        }
        return out;
    }

    private List<Clusters.Item<Held>> relationItems() {
        List<Clusters.Item<Held>> out = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            String party = parties.get(p);
            AnnotatedDocument doc = layers.get(party);
            Function<String, String> unitId = id -> {
                Group g = groupOf.get(Alignment.key(party, id, null));
                return g == null ? null : idOf.get(g);
            };
            for (Relation r : doc.relations()) {
                if (r.status() != Status.REJECTED) {
                    out.add(new Clusters.Item<>(p, new Held(r, null), null, Fields.relationRole(lookups.get(party), party, r, unitId)));
                }
            }
        }
        return out;
    }

    private Unit unit(Group g) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (Clusters.Item<Held> i : g.items()) {
            String party = parties.get(i.party());
            versions.put(party, version(party, i.value()));
        }
        Unit u = new Unit(idOf.get(g), g.kind(), parties, versions);
        for (Clusters.Item<Held> i : g.items()) {
            byItem.put(itemKey(i), u);
        }
        return u;
    }

    private Version version(String party, Held h) {
        Function<String, Annotation> doc = lookups.get(party);
        Function<String, String> ref = id -> {
            Group g = groupOf.get(Alignment.key(party, id, null));
            return g == null ? "(missing " + id + ")" : FieldText.ref(g.anchor());
        };
        Map<String, String> fields = switch (h.annotation().kind()) {
            case ENTITY -> Fields.mention((Entity) h.annotation(), h.span());
            case CLAIM -> Fields.claim(doc, (Claim) h.annotation());
            case SOURCE -> Fields.source(doc, (Source) h.annotation(), ref);
            case RELATION -> Fields.relation(doc, (Relation) h.annotation(), ref);
        };
        return new Version(party, h.annotation(), h.span(), fields);
    }

    private static double sameEntity(Clusters.Item<Held> a, Clusters.Item<Held> b) {
        Entity x = (Entity) a.value().annotation();
        Entity y = (Entity) b.value().annotation();
        return Objects.equals(x.type(), y.type()) && Objects.equals(x.name(), y.name()) ? 0.01 : 0;
    }

    private static double sameType(Clusters.Item<Held> a, Clusters.Item<Held> b) {
        return Objects.equals(((Relation) a.value().annotation()).type(), ((Relation) b.value().annotation()).type()) ? 0.5 : 0;
    }
}
