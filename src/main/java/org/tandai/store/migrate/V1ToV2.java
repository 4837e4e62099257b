package org.tandai.store.migrate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import org.tandai.store.Problem;

/**
 * Version 1 to 2. Version 2 adds spans in fragments, span and annotation attributes and a
 * top-level "relations" list; everything version 1 can say means the same in version 2, so the
 * step sets the version, adds the empty relations list and the relation id counter, and moves
 * out of the way the few unknown fields a version 1 file might carry under names that version 2
 * now gives a meaning ("relations" at the top, "attributes" on an annotation): they are kept, as
 * unknown fields, under {@code "v1:relations"} and {@code "v1:attributes"}. Span fields other than
 * the known six were never kept in version 1, so spans need no change.
 */
public final class V1ToV2 implements MigrationStep {
    static final String KEPT_PREFIX = "v1:";

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void apply(JsonObject top, String file, List<Problem> problems) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, JsonElement> e : top.entrySet()) {
            String key = e.getKey();
            JsonElement value = e.getValue();
            if (key.equals("version")) {
                value = new JsonPrimitive(2);
            } else if (key.equals("relations")) {
                key = KEPT_PREFIX + key;
                problems.add(Problem.warning(file, "relations", "a version 1 file's own \"relations\" field is kept as \""
                        + key + "\" (version 2 uses \"relations\" for Tandai's relations)"));
            } else if (key.equals("nextIds") && value.isJsonObject() && !value.getAsJsonObject().has("relation")) {
                value.getAsJsonObject().addProperty("relation", 1);
            } else if (isAnnotationList(key) && value.isJsonArray()) {
                moveAttributes(value.getAsJsonArray(), key, file, problems);
            }
            out.add(key, value);
        }
        if (!out.has("relations")) {
            out.add("relations", new JsonArray());
        }
        // Replace the content in place, keeping the key order (the reader keeps unknown keys in order).
        for (String k : List.copyOf(top.keySet())) {
            top.remove(k);
        }
        for (Map.Entry<String, JsonElement> e : out.entrySet()) {
            top.add(e.getKey(), e.getValue());
        }
    }

    private static boolean isAnnotationList(String key) {
        return key.equals("entities") || key.equals("claims") || key.equals("sources");
    }

    private static void moveAttributes(JsonArray list, String key, String file, List<Problem> problems) {
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isJsonObject() || !list.get(i).getAsJsonObject().has("attributes")) {
                continue;
            }
            JsonObject a = list.get(i).getAsJsonObject();
            JsonObject moved = new JsonObject();
            for (Map.Entry<String, JsonElement> e : a.entrySet()) {
                moved.add(e.getKey().equals("attributes") ? KEPT_PREFIX + "attributes" : e.getKey(), e.getValue());
            }
            for (String k : List.copyOf(a.keySet())) {
                a.remove(k);
            }
            moved.entrySet().forEach(e -> a.add(e.getKey(), e.getValue()));
            JsonElement id = a.get("id");
            String where = id != null && id.isJsonPrimitive() ? id.getAsString() : key + "[" + i + "]";
            problems.add(Problem.warning(file, where + ".attributes", "a version 1 file's own \"attributes\" field is kept as \""
                    + KEPT_PREFIX + "attributes\" (version 2 uses \"attributes\" for tag-set attributes)"));
        }
    }
}
