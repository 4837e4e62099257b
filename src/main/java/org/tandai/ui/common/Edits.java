package org.tandai.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tandai.model.SpanRef;

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
        return s.apply(m().get("edit.newEntity", type.toLowerCase(Locale.ROOT), name), List.of(Change.add(e))) ? e.id() : null;
    }

    /** Adds a mention to an existing entity. */
    public boolean addMention(String entityId, Span mention) {
        Entity before = s.entity(entityId);
        if (before == null || before.mentions().contains(mention)) {
            return false;
        }
        Entity after = before.copy();
        after.mentions().add(mention);
        return s.apply(m().get("edit.addMention", before.name()), List.of(Change.replace(before, s.stamp(after))));
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
        s.apply(m().get("edit.markAll", before.name()), List.of(Change.replace(before, s.stamp(after))));
        return added;
    }

    /** Creates a claim over the span with the statement pre-filled; returns its id. */
    public String newClaim(Span span, String statement) {
        Claim c = new Claim(s.newId(Kind.CLAIM), span, statement);
        s.stamp(c);
        return s.apply(m().get("edit.newClaim"), List.of(Change.add(c))) ? c.id() : null;
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
        return s.apply(m().get("edit.newSource"), changes) ? src.id() : null;
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

    /**
     * Deletes an annotation and every reference to it, found through the one walk
     * ({@link AnnotatedDocument#referrersOf}): a claimant, speaker, linked claim or via is dropped;
     * an annotation that cannot lose the reference (a relation whose end it was) is deleted too,
     * and so on for whatever pointed at that. One undoable step.
     */
    public boolean delete(String id) {
        Annotation gone = s.find(id);
        if (gone == null) {
            return false;
        }
        return s.apply(m().get("edit.delete", label(m(), gone)), deletion(List.of(id)));
    }

    /**
     * The changes that delete the annotations {@code ids} and clean up every reference to them, for
     * an edit that deletes as one part of a larger step (resolving a merge conflict).
     */
    public List<Change> deletion(List<String> ids) {
        java.util.LinkedHashSet<String> doomed = new java.util.LinkedHashSet<>(ids);
        java.util.Map<String, Annotation[]> edited = new java.util.LinkedHashMap<>(); // id -> {before, after}
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String target = todo.poll();
            for (AnnotatedDocument.Referrer r : doc().referrersOf(target)) {
                String rid = r.annotation().id();
                if (doomed.contains(rid)) {
                    continue;
                }
                Annotation[] pair = edited.computeIfAbsent(rid, k -> new Annotation[] {r.annotation(), r.annotation().copy()});
                if (!pair[1].removeReference(r.reference())) {
                    doomed.add(rid);
                    edited.remove(rid);
                    todo.add(rid);
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Annotation[] pair : edited.values()) {
            if (!doomed.contains(pair[0].id())) {
                changes.add(Change.replace(pair[0], s.stamp(pair[1])));
            }
        }
        // Highest index first, so no removal shifts another's index and undo, which runs
        // backwards, puts each back where it was.
        List<String> order = new ArrayList<>(doomed);
        order.sort(java.util.Comparator.comparingInt((String x) -> doc().indexOf(x)).reversed());
        for (String x : order) {
            changes.add(Change.remove(s.find(x), doc().indexOf(x)));
        }
        return changes;
    }

    /**
     * Adds the fragments of {@code piece} to the span at {@code ref} of annotation {@code id}
     * (a claim's span, a mention, a cue or a content). Returns the new span, or null when nothing
     * changed: no such span, read-only, or a fragment would overlap one it already has.
     */
    public Span addFragment(String id, SpanRef ref, Span piece) {
        Annotation before = s.find(id);
        SpanRef current = before == null ? null : find(before, ref);
        if (current == null) {
            return null;
        }
        Span grown = current.span();
        for (Span f : piece.fragments()) {
            grown = grown == null ? null : grown.plusFragment(f);
        }
        if (grown == null) {
            return null;
        }
        Annotation after = before.copy();
        after.setSpan(current, grown);
        return s.apply(m().get("edit.addFragment", label(m(), before), current.location()),
                List.of(Change.replace(before, s.stamp(after)))) ? grown : null;
    }

    /**
     * Removes fragment {@code index} of the span at {@code ref}; never the last one (delete the
     * mention or annotation instead). Returns the new span, or null when nothing changed.
     */
    public Span removeFragment(String id, SpanRef ref, int index) {
        Annotation before = s.find(id);
        SpanRef current = before == null ? null : find(before, ref);
        if (current == null || index < 0 || index >= current.span().fragmentCount()) {
            return null;
        }
        Span shrunk = current.span().minusFragment(index);
        if (shrunk == null) {
            return null;
        }
        Annotation after = before.copy();
        after.setSpan(current, shrunk);
        return s.apply(m().get("edit.removeFragment", index + 1, label(m(), before), current.location()),
                List.of(Change.replace(before, s.stamp(after)))) ? shrunk : null;
    }

    /** The annotation's span at the same field and index as {@code ref} with the same span, or null. */
    private static SpanRef find(Annotation a, SpanRef ref) {
        for (SpanRef r : a.spans()) {
            if (r.field().equals(ref.field()) && r.index() == ref.index() && r.span().equals(ref.span())) {
                return r;
            }
        }
        return null;
    }

    /** Removes one mention; an entity left without mentions and unreferenced is deleted. */
    public boolean deleteMention(String entityId, Span mention) {
        Entity before = s.entity(entityId);
        if (before == null || !before.mentions().contains(mention)) {
            return false;
        }
        if (before.mentions().size() == 1 && doc().referrersOf(entityId).isEmpty()) {
            return delete(entityId);
        }
        Entity after = before.copy();
        after.mentions().remove(mention);
        return s.apply(m().get("edit.deleteMention", mention.exact()), List.of(Change.replace(before, s.stamp(after))));
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
        changes.addAll(retarget(goneId, keepId));
        changes.add(Change.remove(gone, doc().indexOf(goneId)));
        return s.apply(m().get("edit.merge", gone.name(), keep.name()), changes);
    }

    /**
     * Changes that point every reference to {@code id} at {@code replacement}, found through the
     * one walk and changed by {@link org.tandai.model.References#pointAt}.
     */
    private List<Change> retarget(String id, String replacement) {
        java.util.Map<String, Annotation[]> edited = new java.util.LinkedHashMap<>();
        for (AnnotatedDocument.Referrer r : doc().referrersOf(id)) {
            if (r.annotation().id().equals(id)) {
                continue;
            }
            Annotation after = edited.computeIfAbsent(r.annotation().id(),
                    k -> new Annotation[] {r.annotation(), r.annotation().copy()})[1];
            org.tandai.model.References.pointAt(after, r.reference(), replacement);
        }
        for (Annotation[] pair : edited.values()) {
            if (pair[1] instanceof Source src) {
                // Both ids may have been linked claims: keep one of each.
                List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(src.claimIds()));
                src.claimIds().clear();
                src.claimIds().addAll(unique);
            }
        }
        List<Change> out = new ArrayList<>();
        int removed = 0;
        for (Annotation[] pair : edited.values()) {
            if (pair[1] instanceof Relation rel && rel.from().equals(rel.to())) {
                // A relation between the two merged annotations would link the kept one to itself:
                // it goes. Relations come in list order, so each index counts the removals before it.
                out.add(Change.remove(pair[0], doc().indexOf(pair[0].id()) - removed++));
            } else {
                out.add(Change.replace(pair[0], s.stamp(pair[1])));
            }
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
        return s.apply(m().get("edit.newRelation", fromId + " " + type + " " + toId), List.of(Change.add(r))) ? r.id() : null;
    }

    /** "entity “Kim Jong Un”", "claim c3", "source s2": for menu and status texts. */
    public static String label(org.tandai.i18n.Messages messages, Annotation a) {
        String kind = a.kind().name().toLowerCase(Locale.ROOT);
        return switch (a.kind()) {
            case ENTITY -> messages.get("edit.label.entity", ((Entity) a).name());
            case CLAIM, SOURCE, RELATION -> messages.get("edit.label." + kind, a.id());
        };
    }

    private org.tandai.i18n.Messages m() {
        return s.messages();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
