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
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * Turns "take this annotator's version of these units" into edits of the curated document
 * (decision 0922). Taken annotations get the curated document's own ids: a unit the curated layer
 * already has keeps its curated id and is replaced, a new one gets a fresh id. References are
 * remapped: an entity (speaker, claimant, a mention's entity, a relation's end) to the curated
 * entity that already holds another of its mentions, else the one with the same name and type,
 * else a new copy; a claim or source to the curated annotation of its unit. A claim or source that
 * the curated layer does not have yet is left out of a source's claims or via (and said so); a
 * relation whose end is missing is not taken.
 *
 * <p>The who-and-when fields of a taken annotation are cleared: stamping it in the window makes the
 * curator its creator, as for any new annotation; a replaced one keeps its curated creation.
 */
public final class Adopter {
    /** Take {@code layer}'s version of {@code unit}. */
    public record Choice(Unit unit, String layer) {
    }

    /** One annotation replaced: {@code before} null adds {@code after}. */
    public record Edit(Annotation before, Annotation after) {
    }

    /** The edits, in order (entities first), and what was left out and why. */
    public record Plan(List<Edit> edits, List<String> notes) {
        public boolean isEmpty() {
            return edits.isEmpty();
        }
    }

    private final Alignment alignment;
    private final Resolution resolution;
    private final AnnotatedDocument curated;
    private final Function<Kind, String> newId;
    private final Map<String, Annotation> before = new LinkedHashMap<>();
    private final Map<String, Annotation> after = new LinkedHashMap<>();
    private final Map<Unit, String> target = new java.util.IdentityHashMap<>();
    private final Map<String, String> entityMemo = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Function<String, Annotation> find;
    /** The curated entities (and those this plan makes) by name and type, first one each. */
    private final Map<String, String> byNameAndType = new HashMap<>();

    private Adopter(Alignment alignment, Resolution resolution, AnnotatedDocument curated, Function<Kind, String> newId) {
        this.alignment = alignment;
        this.resolution = resolution;
        this.curated = curated;
        this.newId = newId;
        this.find = Fields.index(curated);
        for (Entity e : curated.entities()) {
            byNameAndType.putIfAbsent(nameAndType(e), e.id());
        }
    }

    private static String nameAndType(Entity e) {
        return e.name() + "\u0000" + e.type();
    }

    /** Plans the choices against the curated document; {@code newId} hands out its fresh ids. */
    public static Plan plan(Alignment alignment, Resolution resolution, AnnotatedDocument curated,
                            List<Choice> choices, Function<Kind, String> newId) {
        return new Adopter(alignment, resolution, curated, newId).run(choices);
    }

    private Plan run(List<Choice> choices) {
        List<Choice> ordered = new ArrayList<>(choices);
        ordered.sort(Comparator.comparing((Choice c) -> c.unit().kind()));
        for (Choice c : ordered) {
            Version cv = resolution.curated(c.unit());
            if (c.unit().kind() == Unit.Kind.CLAIM || c.unit().kind() == Unit.Kind.SOURCE) {
                target.put(c.unit(), cv != null ? cv.annotation().id()
                        : newId.apply(c.unit().kind() == Unit.Kind.CLAIM ? Kind.CLAIM : Kind.SOURCE));
            }
        }
        for (Choice c : ordered) {
            Version v = c.unit().versions().get(c.layer());
            if (v == null) {
                throw new IllegalArgumentException(c.layer() + " has no version of " + c.unit());
            }
            switch (c.unit().kind()) {
                case MENTION -> mention(c.unit(), v);
                case CLAIM -> claim(c.unit(), v);
                case SOURCE -> source(c.unit(), v);
                case RELATION -> relation(c.unit(), v);
            }
        }
        List<Edit> edits = new ArrayList<>();
        for (Map.Entry<String, Annotation> e : after.entrySet()) {
            edits.add(new Edit(before.get(e.getKey()), e.getValue()));
        }
        edits.sort(Comparator.comparing((Edit e) -> e.after().kind()));
        return new Plan(edits, notes);
    }

    /** The annotation as this plan has it so far (null when it does not exist). */
    private Annotation current(String id) {
        return after.containsKey(id) ? after.get(id) : find.apply(id);
    }

    /** A working copy of a curated annotation, made once per plan. */
    private Annotation edit(String id) {
        Annotation a = after.get(id);
        if (a == null) {
            Annotation old = find.apply(id);
            before.put(id, old);
            a = old.copy();
            after.put(id, a);
        }
        return a;
    }

    private void mention(Unit u, Version v) {
        Entity from = (Entity) v.annotation();
        Version cv = resolution.curated(u);
        String into = entityFor(v.layer(), from);
        if (cv != null) {
            Entity holder = (Entity) edit(cv.annotation().id());
            holder.mentions().remove(cv.span());
        }
        Entity e = (Entity) edit(into);
        if (!e.mentions().contains(v.span())) {
            e.mentions().add(v.span());
        }
    }

    private void claim(Unit u, Version v) {
        Claim c = ((Claim) v.annotation()).copy();
        c.setClaimant(c.claimant() == null ? null : entityFor(v.layer(), alignment.find(v.layer(), c.claimant())));
        put(u, c);
    }

    private void source(Unit u, Version v) {
        Source s = ((Source) v.annotation()).copy();
        s.setSpeaker(s.speaker() == null ? null : entityFor(v.layer(), alignment.find(v.layer(), s.speaker())));
        List<String> claims = new ArrayList<>();
        for (String id : s.claimIds()) {
            String mapped = mapped(v.layer(), id, "a claim of " + u.label());
            if (mapped != null && !claims.contains(mapped)) {
                claims.add(mapped);
            }
        }
        s.claimIds().clear();
        s.claimIds().addAll(claims);
        s.setVia(s.via() == null ? null : mapped(v.layer(), s.via(), "the via of " + u.label()));
        put(u, s);
    }

    private void relation(Unit u, Version v) {
        Relation r = ((Relation) v.annotation()).copy();
        String from = end(v.layer(), r.from());
        String to = end(v.layer(), r.to());
        if (from == null || to == null || from.equals(to)) {
            notes.add(u.label() + " not taken: take its ends first");
            return;
        }
        r.setFrom(from);
        r.setTo(to);
        Version cv = resolution.curated(u);
        target.put(u, cv != null ? cv.annotation().id() : newId.apply(Kind.RELATION));
        put(u, r);
    }

    private String end(String layer, String id) {
        Annotation a = alignment.find(layer, id);
        if (a instanceof Entity e) {
            return entityFor(layer, e);
        }
        Unit unit = a == null ? null : alignment.unitOf(layer, id, null);
        return unit == null ? null : curatedOf(unit);
    }

    /** The curated id of a claim or source of a layer, or null (noted) when the curated layer lacks it. */
    private String mapped(String layer, String id, String what) {
        Unit unit = alignment.unitOf(layer, id, null);
        String mapped = unit == null ? null : curatedOf(unit);
        if (mapped == null) {
            notes.add(what + " was left out: " + (unit == null ? id : unit.label()) + " is not in the curated layer yet");
        }
        return mapped;
    }

    private String curatedOf(Unit unit) {
        if (target.containsKey(unit)) {
            return target.get(unit);
        }
        Version cv = resolution.curated(unit);
        return cv == null || current(cv.annotation().id()) == null ? null : cv.annotation().id();
    }

    /** Puts a taken claim, source or relation in place under its curated id. */
    private void put(Unit u, Annotation taken) {
        String id = target.get(u);
        Annotation old = find.apply(id);
        taken.setId(id);
        taken.setCreatedBy(old == null ? null : old.createdBy());
        taken.setCreatedAt(old == null ? null : old.createdAt());
        taken.setUpdatedAt(null);
        taken.setUpdatedBy(null);
        if (old != null && !before.containsKey(id)) {
            before.put(id, old);
        }
        after.put(id, taken);
    }

    /** The curated entity a layer's entity maps to, made (without mentions) when there is none. */
    private String entityFor(String layer, Annotation annotation) {
        Entity e = annotation instanceof Entity x ? x : null;
        if (e == null) {
            return null;
        }
        String memo = layer + "\u0000" + e.id();
        String known = entityMemo.get(memo);
        if (known != null) {
            return known;
        }
        String found = null;
        for (Span m : e.mentions()) {
            Unit u = alignment.unitOf(layer, e.id(), m);
            Version cv = u == null ? null : resolution.curated(u);
            if (cv != null && current(cv.annotation().id()) != null) {
                found = cv.annotation().id();
                break;
            }
        }
        if (found == null) {
            found = byNameAndType(e);
        }
        if (found == null) {
            Entity made = new Entity(newId.apply(Kind.ENTITY), e.name(), e.type());
            made.setExternalId(e.externalId());
            made.setNote(e.note());
            made.attributes().putAll(e.attributes());
            made.extras().putAll(e.extras());
            after.put(made.id(), made);
            byNameAndType.putIfAbsent(nameAndType(made), made.id());
            found = made.id();
        }
        entityMemo.put(memo, found);
        return found;
    }

    private String byNameAndType(Entity e) {
        String id = byNameAndType.get(nameAndType(e));
        return id != null && current(id) instanceof Entity x && nameAndType(x).equals(nameAndType(e)) ? id : null;
    }
}
