package org.tandai.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tandai.model.Kind;
import org.tandai.model.TagSet;

/**
 * The {@code relationTypes} and {@code attributes} sections of {@code tagset.json} (model v2,
 * docs/tagset.md). A missing section means the defaults; a bad entry is skipped with an error
 * naming the file and its place ("relationTypes[1].from"), and the good ones are kept.
 */
final class TagSetModelV2 {
    private TagSetModelV2() {
    }

    static List<TagSet.RelationType> relationTypes(JsonObject o, String file, List<Problem> problems) {
        if (!o.has("relationTypes")) {
            return TagSet.defaultRelationTypes();
        }
        List<TagSet.RelationType> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonArray arr = array(o, "relationTypes", file, problems);
        for (int i = 0; arr != null && i < arr.size(); i++) {
            String at = "relationTypes[" + i + "]";
            JsonObject x = object(arr.get(i), at, file, problems);
            String name = x == null ? null : name(x, at, names, file, problems);
            if (name == null) {
                continue;
            }
            Set<Kind> from = kinds(x, "from", at, file, problems);
            Set<Kind> to = kinds(x, "to", at, file, problems);
            if (from == null || to == null) {
                continue;
            }
            boolean symmetric = x.has("symmetric") && x.get("symmetric").isJsonPrimitive()
                    && x.get("symmetric").getAsJsonPrimitive().isBoolean() && x.get("symmetric").getAsBoolean();
            out.add(new TagSet.RelationType(name, text(x, "label", name), from, to, symmetric));
        }
        return out;
    }

    static List<TagSet.Attribute> attributes(JsonObject o, String file, List<Problem> problems) {
        if (!o.has("attributes")) {
            return TagSet.defaultAttributes();
        }
        List<TagSet.Attribute> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonArray arr = array(o, "attributes", file, problems);
        for (int i = 0; arr != null && i < arr.size(); i++) {
            String at = "attributes[" + i + "]";
            JsonObject x = object(arr.get(i), at, file, problems);
            String name = x == null ? null : name(x, at, names, file, problems);
            if (name == null) {
                continue;
            }
            Set<String> on = new LinkedHashSet<>();
            JsonElement onEl = x.get("on");
            if (onEl == null || !onEl.isJsonArray() || onEl.getAsJsonArray().isEmpty()) {
                problems.add(Problem.error(file, at + ".on", "attribute \"" + name + "\" needs \"on\": a list of entity, "
                        + "claim, source, relation or mention; entry skipped"));
                continue;
            }
            boolean bad = false;
            for (JsonElement k : onEl.getAsJsonArray()) {
                String key = k.isJsonPrimitive() ? k.getAsString() : String.valueOf(k);
                if (Kind.fromKey(key) == null && !key.equals(TagSet.MENTION)) {
                    problems.add(Problem.error(file, at + ".on", "unknown target \"" + key + "\" (expected entity, claim, "
                            + "source, relation or mention); entry skipped"));
                    bad = true;
                }
                on.add(key);
            }
            String typeKey = text(x, "type", "boolean");
            TagSet.AttributeType type = TagSet.AttributeType.fromKey(typeKey);
            if (type == null) {
                problems.add(Problem.error(file, at + ".type", "unknown attribute type \"" + typeKey
                        + "\" (expected boolean, choice or text); entry skipped"));
                bad = true;
            }
            List<String> values = new ArrayList<>();
            if (x.has("values") && x.get("values").isJsonArray()) {
                for (JsonElement v : x.getAsJsonArray("values")) {
                    values.add(v.getAsString());
                }
            }
            if (type == TagSet.AttributeType.CHOICE && values.isEmpty()) {
                problems.add(Problem.error(file, at + ".values", "choice attribute \"" + name
                        + "\" needs a non-empty list of values; entry skipped"));
                bad = true;
            }
            if (!bad) {
                out.add(new TagSet.Attribute(name, text(x, "label", name), on, type, values));
            }
        }
        return out;
    }

    static void write(JsonWriter w, TagSet tags) throws IOException {
        w.name("relationTypes").beginArray();
        for (TagSet.RelationType t : tags.relationTypes()) {
            w.beginObject().name("name").value(t.name()).name("label").value(t.label());
            kinds(w, "from", t.from());
            kinds(w, "to", t.to());
            if (t.symmetric()) {
                w.name("symmetric").value(true);
            }
            w.endObject();
        }
        w.endArray();
        w.name("attributes").beginArray();
        for (TagSet.Attribute a : tags.attributes()) {
            w.beginObject().name("name").value(a.name()).name("label").value(a.label());
            w.name("on").beginArray();
            for (String target : a.on().stream().sorted().toList()) {
                w.value(target);
            }
            w.endArray();
            w.name("type").value(a.type().key());
            if (!a.values().isEmpty()) {
                w.name("values").beginArray();
                for (String v : a.values()) {
                    w.value(v);
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
    }

    private static void kinds(JsonWriter w, String field, Set<Kind> kinds) throws IOException {
        w.name(field).beginArray();
        for (Kind k : kinds) {
            w.value(k.key());
        }
        w.endArray();
    }

    private static JsonArray array(JsonObject o, String key, String file, List<Problem> problems) {
        JsonElement el = o.get(key);
        if (!el.isJsonArray()) {
            problems.add(Problem.error(file, key, "expected a list; section ignored"));
            return null;
        }
        return el.getAsJsonArray();
    }

    private static JsonObject object(JsonElement el, String at, String file, List<Problem> problems) {
        if (!el.isJsonObject()) {
            problems.add(Problem.error(file, at, "expected an object; entry skipped"));
            return null;
        }
        return el.getAsJsonObject();
    }

    private static String name(JsonObject x, String at, Set<String> names, String file, List<Problem> problems) {
        JsonElement el = x.get("name");
        if (el == null || !el.isJsonPrimitive() || el.getAsString().isBlank()) {
            problems.add(Problem.error(file, at + ".name", "an entry has no name; entry skipped"));
            return null;
        }
        String name = el.getAsString();
        if (!names.add(name)) {
            problems.add(Problem.error(file, at + ".name", "duplicate name \"" + name + "\"; entry skipped"));
            return null;
        }
        return name;
    }

    private static Set<Kind> kinds(JsonObject x, String field, String at, String file, List<Problem> problems) {
        JsonElement el = x.get(field);
        if (el == null || !el.isJsonArray() || el.getAsJsonArray().isEmpty()) {
            problems.add(Problem.error(file, at + "." + field, "needs a list of kinds (entity, claim, source, relation); "
                    + "entry skipped"));
            return null;
        }
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        for (JsonElement k : el.getAsJsonArray()) {
            String key = k.isJsonPrimitive() ? k.getAsString() : String.valueOf(k);
            Kind kind = Kind.fromKey(key);
            if (kind == null) {
                problems.add(Problem.error(file, at + "." + field, "unknown kind \"" + key
                        + "\" (expected entity, claim, source or relation); entry skipped"));
                return null;
            }
            out.add(kind);
        }
        return out;
    }

    private static String text(JsonObject x, String key, String fallback) {
        JsonElement el = x.get(key);
        return el == null || !el.isJsonPrimitive() ? fallback : el.getAsString();
    }
}
