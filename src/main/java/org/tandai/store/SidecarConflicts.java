package org.tandai.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import org.tandai.model.Conflict;

/**
 * The sidecar's {@code conflicts} array: the alternatives a three-way merge could not reconcile
 * (docs/format.md, "Merge conflicts"). Each entry is {@code {"id", "field", "base", "ours",
 * "theirs"}}; a value left out means that side has none. Read and written here so the reader and
 * writer only add one call each.
 */
final class SidecarConflicts {
    static final String KEY = "conflicts";
    private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

    private SidecarConflicts() {
    }

    /** Reads the array into {@code out}; a malformed entry is an error located at it and is skipped. */
    static void read(JsonElement el, String file, List<Problem> problems, List<Conflict> out) {
        if (el == null || el.isJsonNull()) {
            return;
        }
        if (!el.isJsonArray()) {
            problems.add(Problem.error(file, KEY, "expected an array of merge conflicts"));
            return;
        }
        JsonArray arr = el.getAsJsonArray();
        for (int i = 0; i < arr.size(); i++) {
            String loc = KEY + "[" + i + "]";
            if (!arr.get(i).isJsonObject()) {
                problems.add(Problem.error(file, loc, "expected an object"));
                continue;
            }
            JsonObject o = arr.get(i).getAsJsonObject();
            String id = string(o, "id");
            String field = string(o, "field");
            if ((o.has("id") && id == null) || (o.has("field") && field == null) || (id == null && field == null)) {
                problems.add(Problem.error(file, loc, "a merge conflict needs a string id, field or both; entry skipped"));
                continue;
            }
            out.add(new Conflict(id, field, value(o, "base"), value(o, "ours"), value(o, "theirs")));
        }
    }

    /** Writes the array after the relations; nothing when there are no conflicts. */
    static void write(JsonWriter w, List<Conflict> conflicts) throws IOException {
        if (conflicts.isEmpty()) {
            return;
        }
        w.name(KEY).beginArray();
        for (Conflict c : conflicts) {
            w.beginObject();
            if (c.id() != null) {
                w.name("id").value(c.id());
            }
            if (c.field() != null) {
                w.name("field").value(c.field());
            }
            side(w, "base", c.base());
            side(w, "ours", c.ours());
            side(w, "theirs", c.theirs());
            w.endObject();
        }
        w.endArray();
    }

    private static void side(JsonWriter w, String name, Object value) throws IOException {
        if (value instanceof JsonElement el && !el.isJsonNull()) {
            w.name(name);
            ELEMENT.write(w, el);
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : null;
    }

    private static JsonElement value(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v == null || v.isJsonNull() ? null : v;
    }
}
