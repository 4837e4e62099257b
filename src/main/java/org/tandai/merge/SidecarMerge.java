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
 * 0931-0934). Each version is first written in the deterministic file form and read as a JSON tree,
 * so a "field" is exactly a key of the file and unknown fields merge like known ones. The merged
 * tree is read back through the strict reader, so the result is a document like any loaded one and
 * is written by the same deterministic writer: the bytes do not depend on which side is ours,
 * except where git's direction itself decides (which side keeps a clashing id, which value a
 * conflict leaves in place).
 */
public final class SidecarMerge {
    private static final Set<String> TOP_KEYS = Set.of("format", "version", "offsetUnit", "document", "nextIds",
            "entities", "claims", "sources", "relations", "conflicts");

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

    private Result run(AnnotatedDocument base, AnnotatedDocument ours, AnnotatedDocument theirs, String label)
            throws MergeException {
        JsonObject b = tree(base);
        JsonObject o = tree(ours);
        JsonObject t = tree(theirs);
        Map<String, JsonObject> bi = index(b);
        Map<String, JsonObject> oi = index(o);
        Map<String, JsonObject> ti = index(t);
        List<String> clashing = new ArrayList<>();
        for (Map.Entry<String, JsonObject> e : ti.entrySet()) {
            JsonObject mine = oi.get(e.getKey());
            if (mine != null && !bi.containsKey(e.getKey()) && !mine.equals(e.getValue())) {
                clashing.add(e.getKey());
            }
        }
        Map<String, String> renamed = Map.of();
        if (!clashing.isEmpty()) {
            Set<String> used = new HashSet<>(bi.keySet());
            used.addAll(oi.keySet());
            used.addAll(ti.keySet());
            renamed = Renumbering.apply(clashing, base, ours, theirs, used);
            t = tree(theirs);
            ti = index(t);
        }

        JsonObject out = new JsonObject();
        for (String k : List.of("format", "version", "offsetUnit")) {
            out.add(k, o.get(k));
        }
        out.add("document", value(Conflict.DOCUMENT, b.getAsJsonObject("document"), o.getAsJsonObject("document"),
                t.getAsJsonObject("document"), false));
        out.add("nextIds", nextIds(b, o, t));
        for (Kind kind : Kind.values()) {
            out.add(kind.plural(), annotations(kind, bi, oi, ti));
        }
        JsonObject rest = ObjectMerge.merge(null, rest(b), rest(o), rest(t), false, conflicts);
        rest.entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));

        SidecarReader.Result read = SidecarReader.read(label, out.toString());
        if (read.document() == null || read.hasErrors()) {
            throw new MergeException(read.problems().stream().filter(Problem::isError).toList());
        }
        AnnotatedDocument merged = read.document();
        danglingReferences(merged, bi, oi, ti);
        List<Conflict> fresh = List.copyOf(conflicts);
        merged.conflicts().addAll(fresh);
        merged.conflicts().addAll(carried(base, ours, theirs));
        return new Result(merged, fresh, renamed);
    }

    /** The document in the deterministic file form, as a JSON tree. */
    static JsonObject tree(AnnotatedDocument doc) {
        return JsonParser.parseString(SidecarWriter.toJson(doc)).getAsJsonObject();
    }

    /** Every annotation object of the tree by id, of all kinds. */
    private static Map<String, JsonObject> index(JsonObject tree) {
        Map<String, JsonObject> out = new HashMap<>();
        for (Kind kind : Kind.values()) {
            JsonArray arr = tree.getAsJsonArray(kind.plural());
            if (arr != null) {
                for (JsonElement el : arr) {
                    JsonObject a = el.getAsJsonObject();
                    out.put(a.get("id").getAsString(), a);
                }
            }
        }
        return out;
    }

    private JsonArray annotations(Kind kind, Map<String, JsonObject> bi, Map<String, JsonObject> oi,
                                  Map<String, JsonObject> ti) {
        Set<String> ids = new HashSet<>();
        for (Map<String, JsonObject> m : List.of(bi, oi, ti)) {
            for (String id : m.keySet()) {
                if (Kind.ofId(id) == kind) {
                    ids.add(id);
                }
            }
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(SidecarFormat::compareIds);
        JsonArray out = new JsonArray();
        for (String id : sorted) {
            JsonObject v = value(id, bi.get(id), oi.get(id), ti.get(id), true);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
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
    private static JsonObject nextIds(JsonObject... trees) {
        JsonObject out = new JsonObject();
        for (Kind kind : Kind.values()) {
            int n = 1;
            for (JsonObject tree : trees) {
                JsonObject ids = tree.getAsJsonObject("nextIds");
                if (ids != null && ids.has(kind.key())) {
                    n = Math.max(n, ids.get(kind.key()).getAsInt());
                }
            }
            out.addProperty(kind.key(), n);
        }
        return out;
    }

    /** The file's own fields Tandai does not know (kept as extras), as one object. */
    private static JsonObject rest(JsonObject tree) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, JsonElement> e : tree.entrySet()) {
            if (!TOP_KEYS.contains(e.getKey())) {
                out.add(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * An annotation one side deleted while the other made something point at it: a deletion against
     * an edit, so a conflict on the deleted annotation (its restoring is "take" the side that kept it).
     */
    private void danglingReferences(AnnotatedDocument merged, Map<String, JsonObject> bi, Map<String, JsonObject> oi,
                                    Map<String, JsonObject> ti) {
        Set<String> present = new HashSet<>();
        merged.all().forEach(a -> present.add(a.id()));
        Set<String> known = new HashSet<>();
        conflicts.forEach(c -> known.add(c.location()));
        Set<String> missing = new LinkedHashSet<>();
        for (Annotation a : merged.all()) {
            for (Reference r : a.references()) {
                String target = r.target();
                if (!present.contains(target) && bi.containsKey(target) && (oi.containsKey(target) || ti.containsKey(target))
                        && !known.contains(target)) {
                    missing.add(target);
                }
            }
        }
        List<String> sorted = new ArrayList<>(missing);
        sorted.sort(SidecarFormat::compareIds);
        for (String id : sorted) {
            conflicts.add(new Conflict(id, null, bi.get(id), oi.get(id), ti.get(id)));
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
