package org.tandai.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotations of one article: its entities, claims, sources and relations, plus the id counters that make
 * sure an id is never reused within a file. The article text itself lives beside it in
 * {@link ArticleText}; the two are joined by {@link DocumentInfo#sha256()}.
 */
public final class AnnotatedDocument {
    private final DocumentInfo info;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final EnumMap<Kind, Integer> nextIds = new EnumMap<>(Kind.class);
    private final Map<String, Object> extras = new LinkedHashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    public AnnotatedDocument(DocumentInfo info) {
        this.info = info;
        for (Kind k : Kind.values()) {
            nextIds.put(k, 1);
        }
    }

    /**
     * A copy that shares the annotations but not the lists: enough to save off the JavaFX thread
     * while edits go on, because edits replace annotations rather than change them.
     */
    public AnnotatedDocument shallowCopy() {
        AnnotatedDocument copy = new AnnotatedDocument(info);
        copy.nextIds.putAll(nextIds);
        copy.entities.addAll(entities);
        copy.claims.addAll(claims);
        copy.sources.addAll(sources);
        copy.relations.addAll(relations);
        copy.extras.putAll(extras);
        copy.conflicts.addAll(conflicts);
        return copy;
    }

    public DocumentInfo info() {
        return info;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** Top-level fields this version does not know; kept for the next save. */
    public Map<String, Object> extras() {
        return extras;
    }

    /**
     * The merge conflicts not yet resolved (left by {@code tandai merge-driver}); mutable, empty
     * for almost every file. Conflicts are immutable records, so the list is shared-safe in
     * {@link #shallowCopy()}.
     */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Every annotation, in the order of {@link Kind}: entities, claims, sources, relations. */
    public List<Annotation> all() {
        List<Annotation> all = new ArrayList<>(size());
        for (Kind k : Kind.values()) {
            all.addAll(listFor(k));
        }
        return all;
    }

    /** The annotations of one kind, in list order (unmodifiable view). */
    public List<? extends Annotation> ofKind(Kind kind) {
        return Collections.unmodifiableList(listFor(kind));
    }

    public int size() {
        return entities.size() + claims.size() + sources.size() + relations.size();
    }

    /**
     * Every annotation that points at {@code id}, with the reference, as deleting it must clean up
     * (through {@link Annotation#references()}, so a new kind's references are found too).
     */
    public List<Referrer> referrersOf(String id) {
        List<Referrer> out = new ArrayList<>();
        if (id == null) {
            return out;
        }
        for (Kind k : Kind.values()) {
            for (Annotation a : listFor(k)) {
                for (Reference r : a.references()) {
                    if (id.equals(r.target())) {
                        out.add(new Referrer(a, r));
                    }
                }
            }
        }
        return out;
    }

    /** An annotation and one of its references. */
    public record Referrer(Annotation annotation, Reference reference) {
    }

    public int mentionCount() {
        int n = 0;
        for (Entity e : entities) {
            n += e.mentions().size();
        }
        return n;
    }

    /** The next number that {@link #newId(Kind)} will use for the kind. */
    public int nextIdNumber(Kind kind) {
        return nextIds.get(kind);
    }

    /** Raises the counter so it is above {@code used}; never lowers it. */
    public void reserveIdNumber(Kind kind, int used) {
        if (used >= nextIds.get(kind)) {
            nextIds.put(kind, used + 1);
        }
    }

    /** A fresh id for the kind ("e7"), never handed out before in this document. */
    public String newId(Kind kind) {
        int n = nextIds.get(kind);
        while (find(kind.prefix() + n) != null) {
            n++;
        }
        nextIds.put(kind, n + 1);
        return kind.prefix() + n;
    }

    /** Marks an existing id as used so the counters stay ahead of it. */
    public void noteId(String id) {
        Kind kind = Kind.ofId(id);
        if (kind == null) {
            return;
        }
        try {
            reserveIdNumber(kind, Integer.parseInt(id.substring(kind.prefix().length())));
        } catch (NumberFormatException ignored) {
            // Foreign ids ("T12", "e-x") are allowed; they just do not move the counter.
        }
    }

    public Annotation find(String id) {
        if (id == null) {
            return null;
        }
        for (Annotation a : listFor(Kind.ofId(id))) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    public Entity entity(String id) {
        return find(id) instanceof Entity e ? e : null;
    }

    public Claim claim(String id) {
        return find(id) instanceof Claim c ? c : null;
    }

    public Source source(String id) {
        return find(id) instanceof Source s ? s : null;
    }

    public Relation relation(String id) {
        return find(id) instanceof Relation r ? r : null;
    }

    /** Adds an annotation to the list of its kind and keeps the id counter ahead of its id. */
    public void add(Annotation a) {
        addAt(a, -1);
    }

    /** Adds at an index of its kind's list (-1 for the end); used by undo to restore order. */
    public void addAt(Annotation a, int index) {
        noteId(a.id());
        switch (a.kind()) {
            case ENTITY -> insert(entities, (Entity) a, index);
            case CLAIM -> insert(claims, (Claim) a, index);
            case SOURCE -> insert(sources, (Source) a, index);
            case RELATION -> insert(relations, (Relation) a, index);
        }
    }

    private static <T> void insert(List<T> list, T item, int index) {
        if (index < 0 || index > list.size()) {
            list.add(item);
        } else {
            list.add(index, item);
        }
    }

    /** Removes the annotation with this id; returns its former index in its kind's list, or -1. */
    public int remove(String id) {
        int i = indexOf(id);
        if (i >= 0) {
            listFor(Kind.ofId(id)).remove(i);
        }
        return i;
    }

    /** Replaces the annotation that has the same id, in place; returns the one replaced, or null. */
    public Annotation replace(Annotation updated) {
        @SuppressWarnings("unchecked")
        List<Annotation> list = (List<Annotation>) listFor(updated.kind());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(updated.id())) {
                return list.set(i, updated);
            }
        }
        return null;
    }

    /** Index of an annotation in its kind's list, or -1. */
    public int indexOf(String id) {
        List<? extends Annotation> list = listFor(Kind.ofId(id));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private List<? extends Annotation> listFor(Kind kind) {
        if (kind == null) {
            return Collections.emptyList();
        }
        return switch (kind) {
            case ENTITY -> entities;
            case CLAIM -> claims;
            case SOURCE -> sources;
            case RELATION -> relations;
        };
    }
}
