package org.tandai.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tandai.model.TagSet;

/**
 * Reads and writes a corpus's {@code tagset.json}. Sections that are missing fall back to the
 * built-in defaults, so a corpus can override only its entity types. Relation types and attributes
 * are read by {@link TagSetModelV2}. Documented in docs/tagset.md.
 */
public final class TagSetStore {
    public static final String FILE_NAME = "tagset.json";

    /** The tag set in force for a corpus folder and any problems found reading its override. */
    public record Result(TagSet tagSet, List<Problem> problems) {
    }

    private TagSetStore() {
    }

    public static Result load(Path corpusDir) {
        Path file = corpusDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Result(TagSet.defaults(), List.of());
        }
        String label = file.toString();
        List<Problem> problems = new ArrayList<>();
        JsonElement root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = StrictJson.parse(in);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(label, StrictJson.location(e), "cannot read the tag set ("
                    + StrictJson.message(e) + "); using the built-in one"));
            return new Result(TagSet.defaults(), problems);
        }
        if (!root.isJsonObject()) {
            problems.add(Problem.error(label, "line 1, column 1", "expected a JSON object; using the built-in tag set"));
            return new Result(TagSet.defaults(), problems);
        }
        JsonObject o = root.getAsJsonObject();
        TagSet d = TagSet.defaults();
        try {
            return new Result(new TagSet(
                    list(o, "entityTypes", d.entityTypes(), x -> new TagSet.EntityType(s(x, "name"),
                            orElse(s(x, "label"), s(x, "name")), orElse(s(x, "color"), "#7a7a7a"), s(x, "key"))),
                    list(o, "claimKinds", d.claimKinds(), TagSetStore::label),
                    list(o, "verdicts", d.verdicts(), x -> new TagSet.Verdict(s(x, "name"),
                            orElse(s(x, "label"), s(x, "name")), x.has("rating") ? x.get("rating").getAsInt() : 0)),
                    list(o, "checkWorthiness", d.checkWorthiness(), TagSetStore::label),
                    list(o, "sourceForms", d.sourceForms(), TagSetStore::label),
                    TagSetModelV2.relationTypes(o, label, problems),
                    TagSetModelV2.attributes(o, label, problems)), problems);
        } catch (RuntimeException e) {
            problems.add(Problem.error(label, "tag set", "malformed entry (" + e.getMessage()
                    + "); using the built-in tag set"));
            return new Result(d, problems);
        }
    }

    /**
     * Writes the full tag set atomically (used by import when it adds foreign type names). A
     * {@code tagset.json} with errors is never overwritten: its skipped entries would be lost.
     */
    public static void save(Path corpusDir, TagSet tags, SidecarStore store) throws StoreException {
        for (Problem p : load(corpusDir).problems()) {
            if (p.isError()) {
                throw new StoreException(Problem.error(p.file(), p.location(), "not overwriting the tag set, which has "
                        + "an error here (" + p.message() + "); fix it first"));
            }
        }
        StringWriter out = new StringWriter();
        try {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginObject();
            w.name("entityTypes").beginArray();
            for (TagSet.EntityType t : tags.entityTypes()) {
                w.beginObject().name("name").value(t.name()).name("label").value(t.label())
                        .name("color").value(t.color());
                if (t.key() != null) {
                    w.name("key").value(t.key());
                }
                w.endObject();
            }
            w.endArray();
            labels(w, "claimKinds", tags.claimKinds());
            w.name("verdicts").beginArray();
            for (TagSet.Verdict v : tags.verdicts()) {
                w.beginObject().name("name").value(v.name()).name("label").value(v.label())
                        .name("rating").value(v.rating()).endObject();
            }
            w.endArray();
            labels(w, "checkWorthiness", tags.checkWorthiness());
            labels(w, "sourceForms", tags.sourceForms());
            TagSetModelV2.write(w, tags);
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.write('\n');
        store.writeAtomically(corpusDir.resolve(FILE_NAME), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void labels(JsonWriter w, String name, List<TagSet.Label> labels) throws IOException {
        w.name(name).beginArray();
        for (TagSet.Label l : labels) {
            w.beginObject().name("name").value(l.name()).name("label").value(l.label()).endObject();
        }
        w.endArray();
    }

    private static TagSet.Label label(JsonObject x) {
        return new TagSet.Label(s(x, "name"), orElse(s(x, "label"), s(x, "name")));
    }

    private static <T> List<T> list(JsonObject o, String key, List<T> fallback, Function<JsonObject, T> f) {
        if (!o.has(key)) {
            return fallback;
        }
        JsonArray arr = o.getAsJsonArray(key);
        List<T> out = new ArrayList<>();
        for (JsonElement el : arr) {
            out.add(f.apply(el.getAsJsonObject()));
        }
        return out;
    }

    private static String s(JsonObject o, String key) {
        JsonElement el = o.get(key);
        if (key.equals("name") && (el == null || !el.isJsonPrimitive())) {
            throw new IllegalArgumentException("an entry has no name");
        }
        return el == null || el.isJsonNull() ? null : el.getAsString();
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }
}
