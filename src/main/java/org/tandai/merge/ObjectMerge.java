package org.tandai.merge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tandai.model.Conflict;

/**
 * The three-way merge of one JSON object (an annotation, the document metadata, the file's own
 * fields) key by key, in the file form the deterministic writer produces. A key changed on one side
 * takes that side's value; changed alike on both, it takes that value; changed differently, it
 * keeps ours and records a {@link Conflict}. Two keys are lists of members rather than values: an
 * entity's {@code mentions} and a source's {@code claims} combine what each side added and removed.
 * {@code updatedAt} and {@code updatedBy} are bookkeeping: the later change's pair wins, never a
 * conflict (decision 0932).
 */
final class ObjectMerge {
    private static final Set<String> MEMBER_LISTS = Set.of("mentions", "claims");
    private static final String UPDATED_AT = "updatedAt";
    private static final String UPDATED_BY = "updatedBy";

    private ObjectMerge() {
    }

    /**
     * Merges {@code ours} and {@code theirs}, both changed from {@code base}, into a new object;
     * conflicts are added to {@code conflicts} under {@code id} (null for the file's own fields).
     * {@code memberLists} says whether the keys in {@link #MEMBER_LISTS} merge as lists of members.
     */
    static JsonObject merge(String id, JsonObject base, JsonObject ours, JsonObject theirs, boolean memberLists,
                            List<Conflict> conflicts) {
        JsonObject out = new JsonObject();
        Set<String> keys = new LinkedHashSet<>(ours.keySet());
        keys.addAll(theirs.keySet());
        keys.addAll(base.keySet());
        for (String key : keys) {
            if (key.equals(UPDATED_AT) || key.equals(UPDATED_BY)) {
                continue;
            }
            JsonElement b = base.get(key);
            JsonElement o = ours.get(key);
            JsonElement t = theirs.get(key);
            JsonElement v;
            if (Objects.equals(o, t) || Objects.equals(t, b)) {
                v = o;
            } else if (Objects.equals(o, b)) {
                v = t;
            } else if (memberLists && MEMBER_LISTS.contains(key) && isArray(b, o, t)) {
                v = members(b, o, t);
                if (v == null) {
                    conflicts.add(new Conflict(id, key, b, o, t));
                    v = o;
                }
            } else {
                conflicts.add(new Conflict(id, key, b, o, t));
                v = o;
            }
            if (v != null) {
                out.add(key, v);
            }
        }
        JsonObject later = later(ours, theirs);
        copy(later, out, UPDATED_AT);
        copy(later, out, UPDATED_BY);
        return out;
    }

    /** The side whose updatedAt is later (ISO instants in UTC compare as strings); ties go to the greater updatedBy. */
    private static JsonObject later(JsonObject ours, JsonObject theirs) {
        int c = compare(string(ours, UPDATED_AT), string(theirs, UPDATED_AT));
        if (c == 0) {
            c = compare(string(ours, UPDATED_BY), string(theirs, UPDATED_BY));
        }
        return c >= 0 ? ours : theirs;
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    private static String string(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }

    private static void copy(JsonObject from, JsonObject to, String key) {
        if (from.has(key)) {
            to.add(key, from.get(key));
        }
    }

    private static boolean isArray(JsonElement... els) {
        for (JsonElement e : els) {
            if (e == null || !e.isJsonArray()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ours without what theirs removed, plus what theirs added (in their order). Null when the
     * result would be empty although neither side emptied it (each removed the other's last member).
     */
    private static JsonArray members(JsonElement base, JsonElement ours, JsonElement theirs) {
        List<JsonElement> b = list(base);
        List<JsonElement> t = list(theirs);
        JsonArray out = new JsonArray();
        Set<JsonElement> seen = new LinkedHashSet<>();
        for (JsonElement e : list(ours)) {
            if ((t.contains(e) || !b.contains(e)) && seen.add(e)) {
                out.add(e);
            }
        }
        for (JsonElement e : t) {
            if (!b.contains(e) && seen.add(e)) {
                out.add(e);
            }
        }
        boolean emptied = list(ours).isEmpty() || t.isEmpty();
        return out.isEmpty() && !emptied ? null : out;
    }

    private static List<JsonElement> list(JsonElement arr) {
        List<JsonElement> out = new ArrayList<>();
        arr.getAsJsonArray().forEach(out::add);
        return out;
    }
}
