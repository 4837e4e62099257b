package org.tandai.merge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Conflict;
import org.tandai.model.Kind;
import org.tandai.model.Reference;
import org.tandai.store.Problem;
import org.tandai.store.SidecarFormat;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarWriter;

/**
 * The three-way merge of one sidecar at the level of annotations and fields (issue 11, decisions
 * 0931-0933). Each annotation of each version is written in the deterministic file form (one line
 * per annotation): where a side left an annotation as it was, the other side's annotation is taken
 * as it is; only an annotation changed on both sides is merged key by key ({@link ObjectMerge}), so
 * a "field" is exactly a key of the file and unknown fields merge like known ones. Those merged
 * annotations and the document's own fields are read back through the strict reader, and the whole
 * is written by the same deterministic writer: the bytes do not depend on which side is ours,
 * except where git's direction itself decides (which side keeps a clashing id, which value a
 * conflict leaves in place).
 */
public final class SidecarMerge {
    /** The merged document (with its {@link AnnotatedDocument#conflicts()}) and theirs' ids that were renumbered. */
    public record Result(AnnotatedDocument document, List<Conflict> newConflicts, Map<String, String> renumbered) {
        public boolean clean() {
            return document.conflicts().isEmpty();
        }
    }

    /** The merged tree could not be read back: a bug or an input the merge cannot combine. */
    public static final class MergeException extends Exception {
        private final List<Problem> problems;

        MergeException(List<Problem> problems) {
            super(problems.isEmpty() ? "the merge failed" : problems.get(0).toString());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final List<Conflict> conflicts = new ArrayList<>();

    private SidecarMerge() {
    }

    /**
     * Merges the changes from {@code base} to {@code ours} and to {@code theirs}. {@code theirs} is
     * changed in place when its ids must be renumbered. {@code label} names the file in messages.
     */
    public static Result merge(AnnotatedDocument base, AnnotatedDocument ours, AnnotatedDocument theirs, String label)
            throws MergeException {
        return new SidecarMerge().run(base, ours, theirs, label);
    }

    /** One version: its document, its annotations by id, and each annotation in the file form (one line). */
    private record Side(AnnotatedDocument doc, Map<String, Annotation> byId, Map<String, String> json) {
        static Side of(AnnotatedDocument doc) {
            Map<String, Annotation> byId = new HashMap<>();
            Map<String, String> json = new HashMap<>();
            for (Annotation a : doc.all()) {
                byId.put(a.id(), a);
                json.put(a.id(), SidecarWriter.annotationJson(a));
            }
            return new Side(doc, byId, json);
        }

        /** After theirs' renumbering: drops the old ids and writes again only what it changed. */
        void renumbered(Map<String, String> renamed) {
            renamed.keySet().forEach(old -> {
                byId.remove(old);
                json.remove(old);
            });
            Set<String> fresh = new HashSet<>(renamed.values());
            for (Annotation a : doc.all()) {
                if (fresh.contains(a.id()) || a.references().stream().anyMatch(r -> fresh.contains(r.target()))) {
                    byId.put(a.id(), a);
                    json.put(a.id(), SidecarWriter.annotationJson(a));
                }
            }
        }

        JsonObject tree(String id) {
            String j = json.get(id);
            return j == null ? null : JsonParser.parseString(j).getAsJsonObject();
        }
    }

    private Result run(AnnotatedDocument base, AnnotatedDocument ours, AnnotatedDocument theirs, String label)
            throws MergeException {
        Side b = Side.of(base);
        Side o = Side.of(ours);
        Side t = Side.of(theirs);
        List<String> clashing = new ArrayList<>();
        for (Map.Entry<String, String> e : t.json().entrySet()) {
            String mine = o.json().get(e.getKey());
            if (mine != null && !b.json().containsKey(e.getKey()) && !mine.equals(e.getValue())) {
                clashing.add(e.getKey());
            }
        }
        Map<String, String> renamed = Map.of();
        if (!clashing.isEmpty()) {
            Set<String> used = new HashSet<>(b.json().keySet());
            used.addAll(o.json().keySet());
            used.addAll(t.json().keySet());
            renamed = Renumbering.apply(clashing, base, ours, theirs, used);
            t.renumbered(renamed);
        }

        // Annotations unchanged on a side are taken as they are; only those changed on both sides
        // go through the JSON merge and are read back, with the document's own fields, in a small tree.
        JsonObject changed = new JsonObject();
        changed.addProperty("format", SidecarFormat.FORMAT);
        changed.addProperty("version", SidecarFormat.VERSION);
        changed.addProperty("offsetUnit", SidecarFormat.OFFSET_UNIT);
        changed.add("document", value(Conflict.DOCUMENT, info(base), info(ours), info(theirs), false));
        changed.add("nextIds", nextIds(base, ours, theirs));
        List<Annotation> taken = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            JsonArray merged = new JsonArray();
            for (String id : ids(kind, b, o, t)) {
                String bs = b.json().get(id);
                String os = o.json().get(id);
                String ts = t.json().get(id);
                if (Objects.equals(os, ts) || Objects.equals(ts, bs)) {
                    addIfThere(taken, o.byId().get(id));
                } else if (Objects.equals(os, bs)) {
                    addIfThere(taken, t.byId().get(id));
                } else {
                    JsonObject v = value(id, b.tree(id), o.tree(id), t.tree(id), true);
                    if (v != null) {
                        merged.add(v);
                    }
                }
            }
            changed.add(kind.plural(), merged);
        }
        JsonObject rest = ObjectMerge.merge(null, extras(base), extras(ours), extras(theirs), false, conflicts);
        rest.entrySet().forEach(e -> changed.add(e.getKey(), e.getValue()));

        SidecarReader.Result read = SidecarReader.read(label, changed.toString());
        if (read.document() == null || read.hasErrors()) {
            throw new MergeException(read.problems().stream().filter(Problem::isError).toList());
        }
        AnnotatedDocument result = read.document();
        taken.forEach(result::add);
        danglingReferences(result, b, o, t);
        List<Conflict> fresh = List.copyOf(conflicts);
        result.conflicts().addAll(fresh);
        result.conflicts().addAll(carried(base, ours, theirs));
        return new Result(result, fresh, renamed);
    }

    private static void addIfThere(List<Annotation> list, Annotation a) {
        if (a != null) {
            list.add(a);
        }
    }

    /** The ids of one kind in any of the versions, in natural order (so conflicts come in a fixed order). */
    private static List<String> ids(Kind kind, Side... sides) {
        Set<String> ids = new HashSet<>();
        for (Side side : sides) {
            for (String id : side.json().keySet()) {
                if (Kind.ofId(id) == kind) {
                    ids.add(id);
                }
            }
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(SidecarFormat::compareIds);
        return sorted;
    }

    /** The document object of the file form. */
    private static JsonObject info(AnnotatedDocument doc) {
        return tree(new AnnotatedDocument(doc.info())).getAsJsonObject("document");
    }

    /** The file's own fields Tandai does not know (kept as extras), as one object. */
    private static JsonObject extras(AnnotatedDocument doc) {
        JsonObject out = new JsonObject();
        doc.extras().forEach((k, v) -> {
            if (v instanceof JsonElement el) {
                out.add(k, el);
            }
        });
        return out;
    }

    /** The document in the deterministic file form, as a JSON tree. */
    static JsonObject tree(AnnotatedDocument doc) {
        return JsonParser.parseString(SidecarWriter.toJson(doc)).getAsJsonObject();
    }

    /**
     * One object merged three ways: unchanged on a side takes the other's; changed alike takes it;
     * deleted on one side and changed on the other is a conflict on the whole object that keeps
     * ours; changed on both is merged field by field.
     */
    private JsonObject value(String id, JsonObject b, JsonObject o, JsonObject t, boolean memberLists) {
        if (Objects.equals(o, t) || Objects.equals(t, b)) {
            return o;
        }
        if (Objects.equals(o, b)) {
            return t;
        }
        if (o == null || t == null || b == null) {
            conflicts.add(new Conflict(id, null, b, o, t));
            return o;
        }
        return ObjectMerge.merge(id, b, o, t, memberLists, conflicts);
    }

    /** Each kind's counter at the highest of the three, so an id handed out on either side is never reused. */
    private static JsonObject nextIds(AnnotatedDocument... docs) {
        JsonObject out = new JsonObject();
        for (Kind kind : Kind.values()) {
            int n = 1;
            for (AnnotatedDocument d : docs) {
                n = Math.max(n, d.nextIdNumber(kind));
            }
            out.addProperty(kind.key(), n);
        }
        return out;
    }

    /**
     * An annotation one side deleted while the other made something point at it: a deletion against
     * an edit, so a conflict on the deleted annotation (its restoring is "take" the side that kept it).
     */
    private void danglingReferences(AnnotatedDocument merged, Side b, Side o, Side t) {
        Set<String> present = new HashSet<>();
        merged.all().forEach(a -> present.add(a.id()));
        Set<String> known = new HashSet<>();
        conflicts.forEach(c -> known.add(c.location()));
        Set<String> missing = new LinkedHashSet<>();
        for (Annotation a : merged.all()) {
            for (Reference r : a.references()) {
                String target = r.target();
                if (!present.contains(target) && b.json().containsKey(target)
                        && (o.json().containsKey(target) || t.json().containsKey(target))
                        && !known.contains(target)) {
                    missing.add(target);
                }
            }
        }
        List<String> sorted = new ArrayList<>(missing);
        sorted.sort(SidecarFormat::compareIds);
        for (String id : sorted) {
            conflicts.add(new Conflict(id, null, b.tree(id), o.tree(id), t.tree(id)));
        }
    }

    /** Conflicts already in the inputs: ours', then theirs' not in ours; one resolved on either side since base goes. */
    private static List<Conflict> carried(AnnotatedDocument base, AnnotatedDocument ours, AnnotatedDocument theirs) {
        List<Conflict> out = new ArrayList<>();
        for (Conflict c : ours.conflicts()) {
            if (!base.conflicts().contains(c) || theirs.conflicts().contains(c)) {
                out.add(c);
            }
        }
        for (Conflict c : theirs.conflicts()) {
            if (!ours.conflicts().contains(c) && !base.conflicts().contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
