package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.tandai.store.Problem;

/**
 * Writes back the brat content an import kept in the {@code brat} document extra (events other
 * than attributions, relations, equivalences, attributes and notes on them). References in it are
 * Tandai ids ({@code e3}, {@code c1}, {@code s2}) or the kept items' own brat ids ({@code E4},
 * {@code R1}); both are renumbered into the ids of this export. Items whose references no longer
 * exist (the annotation was deleted in Tandai) are reported and left out.
 */
final class BratPassthrough {
    /** Compiled once: every exported annotation's type goes through {@link #typeName}. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Article a;
    private final Map<String, String> refs;
    private final Map<String, String> typeOf;
    private final BratConf conf;
    private final Consumer<Problem> problems;
    private final int[] ids;
    private final Map<String, String> own = new HashMap<>();

    BratPassthrough(Article a, Map<String, String> refs, Map<String, String> typeOf, BratConf conf,
                    Consumer<Problem> problems, int[] ids) {
        this.a = a;
        this.refs = refs;
        this.typeOf = typeOf;
        this.conf = conf;
        this.problems = problems;
        this.ids = ids;
    }

    /** brat type names cannot contain spaces. */
    static String typeName(String type) {
        return type == null || type.isBlank() ? "OTHER" : SPACES.matcher(type.strip()).replaceAll("_");
    }

    void write(StringBuilder ann) {
        if (!(a.doc().extras().get(BratExporter.PASSTHROUGH) instanceof JsonObject kept)) {
            return;
        }
        String file = a.name() + ".txt";
        for (JsonElement el : arr(kept, "events")) {
            own.put(Json.str(el.getAsJsonObject(), "id"), "E" + (++ids[3]));
        }
        for (JsonElement el : arr(kept, "relations")) {
            own.put(Json.str(el.getAsJsonObject(), "id"), "R" + (++ids[5]));
        }
        for (JsonElement el : arr(kept, "events")) {
            JsonObject ev = el.getAsJsonObject();
            String type = Json.str(ev, "type");
            String trigger = resolve(Json.str(ev, "trigger"));
            if (trigger == null || type == null) {
                problems.accept(Problem.warning(file, "brat." + Json.str(ev, "id"), "event's trigger no longer exists; left out"));
                continue;
            }
            StringBuilder line = new StringBuilder(own.get(Json.str(ev, "id"))).append('\t').append(type)
                    .append(':').append(trigger);
            conf.eventArg(type, null, null);
            for (JsonElement argEl : arr(ev, "args")) {
                JsonObject arg = argEl.getAsJsonObject();
                String ref = resolve(Json.str(arg, "ref"));
                String role = Json.str(arg, "role");
                if (ref == null) {
                    problems.accept(Problem.warning(file, "brat." + Json.str(ev, "id"), "argument " + role
                            + " refers to a deleted annotation; left out"));
                    continue;
                }
                line.append(' ').append(role).append(':').append(ref);
                conf.eventArg(type, role, kindOf(ref));
            }
            ann.append(line).append('\n');
        }
        for (JsonElement el : arr(kept, "relations")) {
            JsonObject r = el.getAsJsonObject();
            String type = Json.str(r, "type");
            StringBuilder line = new StringBuilder(own.get(Json.str(r, "id"))).append('\t').append(type);
            boolean ok = true;
            for (JsonElement argEl : arr(r, "args")) {
                JsonObject arg = argEl.getAsJsonObject();
                String ref = resolve(Json.str(arg, "ref"));
                ok &= ref != null;
                line.append(' ').append(Json.str(arg, "role")).append(':').append(ref);
                if (ref != null) {
                    conf.relationArg(type, Json.str(arg, "role"), kindOf(ref));
                }
            }
            if (ok) {
                ann.append(line).append("\t\n");
            } else {
                problems.accept(Problem.warning(file, "brat." + Json.str(r, "id"), "relation refers to a deleted annotation; left out"));
            }
        }
        for (JsonElement el : arr(kept, "equivs")) {
            JsonObject q = el.getAsJsonObject();
            StringBuilder line = new StringBuilder("*\t").append(Json.str(q, "type"));
            int n = 0;
            for (JsonElement ref : arr(q, "refs")) {
                String r = resolve(ref.getAsString());
                if (r != null) {
                    line.append(' ').append(r);
                    n++;
                }
            }
            if (n >= 2) {
                ann.append(line).append('\n');
                conf.equiv(Json.str(q, "type"));
            }
        }
        for (JsonElement el : arr(kept, "attributes")) {
            JsonObject at = el.getAsJsonObject();
            String target = resolve(Json.str(at, "target"));
            if (target == null) {
                continue;
            }
            String value = Json.str(at, "value");
            ann.append('A').append(++ids[1]).append('\t').append(Json.str(at, "name")).append(' ').append(target);
            if (value != null) {
                ann.append(' ').append(value);
            }
            ann.append('\n');
            conf.attribute(Json.str(at, "name"), target.startsWith("E") ? "<EVENT>" : "<ENTITY>", value);
        }
        for (JsonElement el : arr(kept, "notes")) {
            JsonObject nt = el.getAsJsonObject();
            String target = resolve(Json.str(nt, "target"));
            if (target != null) {
                ann.append('#').append(++ids[2]).append('\t').append(Json.str(nt, "type")).append(' ').append(target)
                        .append('\t').append(Json.str(nt, "text")).append('\n');
            }
        }
        for (JsonElement el : arr(kept, "normalizations")) {
            JsonObject nz = el.getAsJsonObject();
            String target = resolve(Json.str(nz, "target"));
            if (target != null) {
                ann.append('N').append(++ids[4]).append('\t').append(Json.str(nz, "type")).append(' ').append(target)
                        .append(' ').append(Json.str(nz, "ref")).append('\t').append(Json.str(nz, "text")).append('\n');
            }
        }
    }

    private String resolve(String ref) {
        if (ref == null) {
            return null;
        }
        String r = refs.get(ref);
        return r != null ? r : own.get(ref);
    }

    private String kindOf(String bratId) {
        return bratId.startsWith("E") ? "<EVENT>" : typeOf.getOrDefault(bratId, "<ENTITY>");
    }

    private static JsonArray arr(JsonObject o, String key) {
        JsonElement el = o.get(key);
        return el != null && el.isJsonArray() ? el.getAsJsonArray() : new JsonArray();
    }
}
