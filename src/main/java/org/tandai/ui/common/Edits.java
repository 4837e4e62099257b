package org.tandai.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * Builds the {@link Change}s of every edit the workbench offers and applies them to a session as
 * one undoable step. Pure model logic: no JavaFX, so it is tested without a toolkit.
 */
public final class Edits {
    private final DocumentSession s;

    public Edits(DocumentSession session) {
        this.s = session;
    }

    private AnnotatedDocument doc() {
        return s.document();
    }

    /** Creates an entity with one mention; returns its id, or null when read-only. */
    public String newEntity(String name, String type, Span mention) {
        Entity e = new Entity(s.newId(Kind.ENTITY), name, type);
        e.mentions().add(mention);
        s.stamp(e);
        return s.apply("New " + type.toLowerCase(Locale.ROOT) + " \u201c" + name + "\u201d", List.of(Change.add(e))) ? e.id() : null;
    }

    /** Adds a mention to an existing entity. */
    public boolean addMention(String entityId, Span mention) {
        Entity before = s.entity(entityId);
        if (before == null || before.mentions().contains(mention)) {
            return false;
        }
        Entity after = before.copy();
        after.mentions().add(mention);
        return s.apply("Add mention to \u201c" + before.name() + "\u201d", List.of(Change.replace(before, s.stamp(after))));
    }

    /**
     * Adds every other whole-word occurrence of the entity's mention texts as mentions; returns how
     * many were added.
     */
    public int markAllOccurrences(String entityId) {
        Entity before = s.entity(entityId);
        if (before == null) {
            return 0;
        }
        ArticleText text = s.text();
        String t = text.text();
        Entity after = before.copy();
        for (String quote : before.mentions().stream().map(Span::exact).distinct().toList()) {
            if (quote.isBlank()) {
                continue;
            }
            for (int i = t.indexOf(quote); i >= 0; i = t.indexOf(quote, i + 1)) {
                int end = i + quote.length();
                if (!WordBounds.isWordStart(t, i) || !WordBounds.isWordEnd(t, end)) {
                    continue;
                }
                int cs = text.toCodePoint(i);
                int ce = text.toCodePoint(end);
                boolean covered = after.mentions().stream().anyMatch(m -> m.start() < ce && cs < m.end());
                if (!covered) {
                    after.mentions().add(Span.of(text, cs, ce));
                }
            }
        }
        int added = after.mentions().size() - before.mentions().size();
        if (added == 0) {
            return 0;
        }
        s.apply("Mark all occurrences of \u201c" + before.name() + "\u201d", List.of(Change.replace(before, s.stamp(after))));
        return added;
    }

    /** Creates a claim over the span with the statement pre-filled; returns its id. */
    public String newClaim(Span span, String statement) {
        Claim c = new Claim(s.newId(Kind.CLAIM), span, statement);
        s.stamp(c);
        return s.apply("New claim", List.of(Change.add(c))) ? c.id() : null;
    }

    /** Creates a source from a filled-in draft (creating its speaker entity if asked); returns its id. */
    public String newSource(SourceDraft d) {
        List<Change> changes = new ArrayList<>();
        String speaker = d.speakerId();
        if (speaker == null && d.newSpeakerName() != null && !d.newSpeakerName().isBlank()) {
            Entity e = new Entity(s.newId(Kind.ENTITY), d.newSpeakerName().strip(), d.newSpeakerType());
            if (d.newSpeakerMention() != null) {
                e.mentions().add(d.newSpeakerMention());
            }
            changes.add(Change.add(s.stamp(e)));
            speaker = e.id();
        }
        Source src = new Source(s.newId(Kind.SOURCE));
        src.setCue(d.cue());
        src.setSpeaker(speaker);
        src.setSpeakerDescription(blankToNull(d.speakerDescription()));
        src.claimIds().addAll(d.claimIds());
        src.setContent(d.content());
        src.setForm(d.form());
        src.setVia(d.via());
        changes.add(Change.add(s.stamp(src)));
        return s.apply("New source", changes) ? src.id() : null;
    }

    /** Changes one annotation through a copy; {@code edit} mutates the copy. */
    public <T extends Annotation> boolean update(String id, String description, Class<T> type, Consumer<T> edit) {
        Annotation before = s.find(id);
        if (!type.isInstance(before)) {
            return false;
        }
        T after = type.cast(before.copy());
        edit.accept(after);
        return s.apply(description, List.of(Change.replace(before, s.stamp(after))));
    }

    /** Deletes an annotation and every reference to it (claimants, speakers, linked claims, via). */
    public boolean delete(String id) {
        Annotation gone = s.find(id);
        if (gone == null) {
            return false;
        }
        List<Change> changes = new ArrayList<>(dropReferences(id, null));
        changes.addAll(relationsEndingAt(id));
        changes.add(Change.remove(gone, doc().indexOf(id)));
        return s.apply("Delete " + label(gone), changes);
    }

    /** Removes one mention; an entity left without mentions and unreferenced is deleted. */
    public boolean deleteMention(String entityId, Span mention) {
        Entity before = s.entity(entityId);
        if (before == null || !before.mentions().contains(mention)) {
            return false;
        }
        if (before.mentions().size() == 1 && dropReferences(entityId, null).isEmpty()) {
            return delete(entityId);
        }
        Entity after = before.copy();
        after.mentions().remove(mention);
        return s.apply("Delete mention \u201c" + mention.exact() + "\u201d", List.of(Change.replace(before, s.stamp(after))));
    }

    /** Moves every mention and reference of {@code goneId} to {@code keepId} and deletes it. */
    public boolean merge(String keepId, String goneId) {
        Entity keep = s.entity(keepId);
        Entity gone = s.entity(goneId);
        if (keep == null || gone == null || keepId.equals(goneId)) {
            return false;
        }
        Entity merged = keep.copy();
        for (Span m : gone.mentions()) {
            if (!merged.mentions().contains(m)) {
                merged.mentions().add(m);
            }
        }
        List<Change> changes = new ArrayList<>();
        changes.add(Change.replace(keep, s.stamp(merged)));
        changes.addAll(dropReferences(goneId, keepId));
        changes.addAll(relationsMovedTo(goneId, keepId));
        changes.add(Change.remove(gone, doc().indexOf(goneId)));
        return s.apply("Merge \u201c" + gone.name() + "\u201d into \u201c" + keep.name() + "\u201d", changes);
    }

    /** Changes that point references to {@code id} at {@code replacement} (or drop them when null). */
    private List<Change> dropReferences(String id, String replacement) {
        List<Change> out = new ArrayList<>();
        for (Claim c : doc().claims()) {
            if (id.equals(c.claimant())) {
                Claim after = c.copy();
                after.setClaimant(replacement);
                out.add(Change.replace(c, s.stamp(after)));
            }
        }
        for (Source src : doc().sources()) {
            boolean hit = id.equals(src.speaker()) || id.equals(src.via()) || src.claimIds().contains(id);
            if (!hit || src.id().equals(id)) {
                continue;
            }
            Source after = src.copy();
            if (id.equals(after.speaker())) {
                after.setSpeaker(replacement);
            }
            if (id.equals(after.via())) {
                after.setVia(replacement);
            }
            after.claimIds().replaceAll(x -> x.equals(id) ? replacement : x);
            after.claimIds().removeIf(x -> x == null);
            out.add(Change.replace(src, s.stamp(after)));
        }
        return out;
    }

    // --- Relations and attributes (issue 10) ---

    /**
     * Creates a relation of {@code type} from one annotation to another; returns its id, or null
     * when read-only, an end is missing or both ends are the same annotation. The caller checks the
     * type against the tag set ({@code TagSet.relationTypesFor}).
     */
    public String newRelation(String type, String fromId, String toId) {
        Annotation from = s.find(fromId);
        Annotation to = s.find(toId);
        if (from == null || to == null || fromId.equals(toId)) {
            return null;
        }
        Relation r = new Relation(s.newId(Kind.RELATION), type, fromId, toId);
        s.stamp(r);
        return s.apply("New relation " + fromId + " " + type + " " + toId, List.of(Change.add(r))) ? r.id() : null;
    }

    /**
     * Sets one attribute of an annotation; a null value removes it from the map (unset). Returns
     * false when nothing changes.
     */
    public boolean setAttribute(String id, String name, Object value) {
        Annotation before = s.find(id);
        if (before == null || Objects.equals(before.attributes().get(name), value)) {
            return false;
        }
        Annotation after = before.copy();
        if (value == null) {
            after.attributes().remove(name);
        } else {
            after.attributes().put(name, value);
        }
        String what = value == null ? "Clear " + name : "Set " + name + (value instanceof Boolean b && b ? "" : " to " + value);
        return s.apply(what + " on " + label(before), List.of(Change.replace(before, s.stamp(after))));
    }

    /**
     * Sets one attribute of an entity's mention (on the span, {@code Span.withAttributes}); a null
     * value removes it. Returns the mention as it now is (the span changes with its attributes),
     * or null when nothing changed.
     */
    public Span setMentionAttribute(String entityId, Span mention, String name, Object value) {
        Entity before = s.entity(entityId);
        int i = before == null ? -1 : before.mentions().indexOf(mention);
        if (i < 0 || Objects.equals(mention.attributes().get(name), value)) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(mention.attributes());
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        Span changed = mention.withAttributes(values);
        Entity after = before.copy();
        after.mentions().set(i, changed);
        String what = value == null ? "Clear " + name : "Set " + name + (value instanceof Boolean b && b ? "" : " to " + value);
        return s.apply(what + " on mention \u201c" + mention.exact() + "\u201d",
                List.of(Change.replace(before, s.stamp(after)))) ? changed : null;
    }

    /**
     * Merging {@code goneId} into {@code keepId}: its relations now end at the kept annotation; one
     * that would then link the kept annotation to itself is removed.
     */
    private List<Change> relationsMovedTo(String goneId, String keepId) {
        List<Change> out = new ArrayList<>();
        List<Relation> all = doc().relations();
        int removed = 0;
        for (int i = 0; i < all.size(); i++) {
            Relation r = all.get(i);
            if (!goneId.equals(r.from()) && !goneId.equals(r.to())) {
                continue;
            }
            Relation after = r.copy();
            after.setFrom(goneId.equals(r.from()) ? keepId : r.from());
            after.setTo(goneId.equals(r.to()) ? keepId : r.to());
            out.add(after.from().equals(after.to()) ? Change.remove(r, i - removed++) : Change.replace(r, s.stamp(after)));
        }
        return out;
    }

    /**
     * The removal of every relation from or to {@code id}: a relation cannot lose an end, so
     * deleting an end deletes it too, and undoing the deletion restores it.
     */
    private List<Change> relationsEndingAt(String id) {
        List<Change> out = new ArrayList<>();
        List<Relation> all = doc().relations();
        for (int i = 0; i < all.size(); i++) {
            Relation r = all.get(i);
            if (!r.id().equals(id) && (id.equals(r.from()) || id.equals(r.to()))) {
                // The index it has when its turn comes (the earlier ones are gone by then), so
                // undo, re-adding in reverse, puts every relation back where it was.
                out.add(Change.remove(r, i - out.size()));
            }
        }
        return out;
    }

    /** "entity “Kim Jong Un”", "claim c3", "source s2": for menu and status texts. */
    public static String label(Annotation a) {
        if (a instanceof Entity e) {
            return "entity \u201c" + e.name() + "\u201d";
        }
        return a.kind().name().toLowerCase(Locale.ROOT) + " " + a.id();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
