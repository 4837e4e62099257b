package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.store.Corpus;
import org.tandai.store.Problem;

/**
 * Reads doccano JSONL, both the sequence-labelling form ({@code text} + {@code label}) and the
 * relation form ({@code entities} + {@code relations}); also the column names doccano lets
 * projects choose ({@code data}, {@code column_data}, {@code column_label}). Offsets are code
 * points when the record says {@code "offsetUnit": "codepoint"} (Tandai's own export) and UTF-16
 * units otherwise (doccano's default). Items labelled CLAIM, CUE and CONTENT with their
 * source/content/claimant/via relations become claims and sources; other relations are kept as
 * passthrough and written back on export.
 */
public final class JsonlImporter implements Importer {
    private static final Set<String> KNOWN = Set.of("id", "text", "data", "column_data", "label", "labels",
            "column_label", "entities", "relations", "offsetUnit", JsonlExporter.CLAIMS_KEY, JsonlExporter.SOURCES_KEY);

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson");
    }

    @Override
    public void read(Path source, Sink sink, Consumer<Problem> problems) throws IOException {
        String file = source.toString();
        String base = ConllImporter.baseName(source);
        int[] count = {0};
        Set<String> names = new HashSet<>();
        JsonRecords.read(source, true, (record, line) -> {
            count[0]++;
            String loc = "line " + line;
            if (!record.isJsonObject()) {
                problems.accept(Problem.error(file, loc, "expected a JSON object per line; record skipped"));
                return true;
            }
            Imported imp = record(file, loc, base, count[0], record.getAsJsonObject(), names, problems);
            return imp == null || sink.accept(imp.article());
        }, problems);
    }

    private Imported record(String file, String loc, String base, int n, JsonObject o, Set<String> names,
                            Consumer<Problem> problems) {
        String raw = Json.str(o, "text");
        for (String k : new String[] {"data", "column_data"}) {
            if (raw == null) {
                raw = Json.str(o, k);
            }
        }
        if (raw == null) {
            problems.accept(Problem.error(file, loc, "record has no \"text\"; skipped"));
            return null;
        }
        String id = Json.text(o.get("id"));
        String name = id != null && Corpus.isSafeName(id) && !id.isBlank() ? id : base + "-" + n;
        if (!names.add(name)) {
            name = base + "-" + n;
            names.add(name);
        }
        ArticleText text = ArticleText.of(raw);
        OffsetMap map = OffsetMap.of(raw);
        boolean utf16 = !"codepoint".equals(Json.str(o, "offsetUnit"));
        Imported imp = new Imported(name, text);
        Map<String, Integer> itemIds = new HashMap<>();
        Map<String, Annotation> items = new HashMap<>();
        Map<String, int[]> contents = new HashMap<>();
        Set<String> seen = new HashSet<>();
        JsonArray entities = array(o, "entities");
        if (entities != null) {
            for (int i = 0; i < entities.size(); i++) {
                String iloc = loc + ": entities[" + i + "]";
                if (!entities.get(i).isJsonObject()) {
                    problems.accept(Problem.error(file, iloc, "expected an object; skipped"));
                    continue;
                }
                JsonObject it = entities.get(i).getAsJsonObject();
                int[] r = range(file, iloc, text, map, utf16, Json.integer(it, "start_offset"), Json.integer(it, "end_offset"), problems);
                String label = Json.text(it.get("label"));
                if (r == null || label == null) {
                    if (label == null) {
                        problems.accept(Problem.error(file, iloc, "no label; skipped"));
                    }
                    continue;
                }
                String itemId = Json.text(it.get("id"));
                seen.add(r[0] + ":" + r[1] + ":" + label);
                Annotation a;
                switch (label.toUpperCase(Locale.ROOT)) {
                    case "CLAIM" -> a = imp.claim(r[0], r[1]);
                    case "CUE" -> {
                        Source s = imp.source();
                        s.setCue(imp.span(r[0], r[1]));
                        a = s;
                    }
                    case "CONTENT" -> {
                        contents.put(itemId, r);
                        continue;
                    }
                    default -> a = imp.entity(label, r[0], r[1]);
                }
                if (itemId != null) {
                    items.put(itemId, a);
                }
            }
        }
        JsonArray label = array(o, "label");
        for (String k : new String[] {"labels", "column_label"}) {
            if (label == null) {
                label = array(o, k);
            }
        }
        if (label != null) {
            for (int i = 0; i < label.size(); i++) {
                String lloc = loc + ": label[" + i + "]";
                JsonElement el = label.get(i);
                if (!el.isJsonArray() || el.getAsJsonArray().size() < 3) {
                    problems.accept(Problem.error(file, lloc, "expected [start, end, TYPE]; skipped"));
                    continue;
                }
                JsonArray l = el.getAsJsonArray();
                int[] r = range(file, lloc, text, map, utf16, Json.integer(l.get(0)), Json.integer(l.get(1)), problems);
                String type = Json.text(l.get(2));
                if (r == null || type == null) {
                    continue;
                }
                if (!seen.add(r[0] + ":" + r[1] + ":" + type)) {
                    if (entities == null) {
                        problems.accept(Problem.warning(file, lloc, "duplicate span " + r[0] + ".." + r[1] + " " + type + "; kept once"));
                    }
                    continue;
                }
                imp.entity(type, r[0], r[1]);
            }
        }
        relations(file, loc, o, imp, items, contents, problems);
        details(o, items);
        JsonObject extra = new JsonObject();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                extra.add(e.getKey(), e.getValue());
            }
        }
        if (extra.size() > 0) {
            imp.doc.extras().put(JsonlExporter.EXTRAS_KEY, extra);
        }
        return imp;
    }

    private void relations(String file, String loc, JsonObject o, Imported imp, Map<String, Annotation> items,
                           Map<String, int[]> contents, Consumer<Problem> problems) {
        JsonArray relations = array(o, "relations");
        JsonArray kept = new JsonArray();
        Set<String> usedContents = new HashSet<>();
        if (relations != null) {
            for (int i = 0; i < relations.size(); i++) {
                String rloc = loc + ": relations[" + i + "]";
                if (!relations.get(i).isJsonObject()) {
                    problems.accept(Problem.error(file, rloc, "expected an object; skipped"));
                    continue;
                }
                JsonObject r = relations.get(i).getAsJsonObject();
                String type = Json.text(r.get("type"));
                String fromId = Json.text(r.get("from_id"));
                String toId = Json.text(r.get("to_id"));
                Annotation from = items.get(fromId);
                Annotation to = items.get(toId);
                String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
                if (from instanceof Source s && t.equals("source") && to instanceof Entity e) {
                    s.setSpeaker(e.id());
                } else if (from instanceof Source s && t.equals("content") && contents.containsKey(toId)) {
                    int[] c = contents.get(toId);
                    s.setContent(imp.span(c[0], c[1]));
                    usedContents.add(toId);
                } else if (from instanceof Source s && t.equals("content") && to instanceof Claim c) {
                    s.claimIds().add(c.id());
                } else if (from instanceof Source s && t.equals("via") && to instanceof Source v) {
                    s.setVia(v.id());
                } else if (from instanceof Claim c && t.equals("claimant") && to instanceof Entity e) {
                    c.setClaimant(e.id());
                } else if (from != null && to != null && type != null) {
                    JsonObject k = new JsonObject();
                    k.addProperty("type", type);
                    k.addProperty("from", from.id());
                    k.addProperty("to", to.id());
                    kept.add(k);
                } else {
                    problems.accept(Problem.error(file, rloc, "relation refers to unknown entity ids ("
                            + fromId + " -> " + toId + "); skipped"));
                }
            }
        }
        for (Map.Entry<String, int[]> c : contents.entrySet()) {
            if (!usedContents.contains(c.getKey())) {
                imp.entity("CONTENT", c.getValue()[0], c.getValue()[1]);
            }
        }
        if (!kept.isEmpty()) {
            imp.doc.extras().put(JsonlExporter.RELATIONS_KEY, kept);
            problems.accept(Problem.warning(file, loc, kept.size() + " relation(s) with no Tandai counterpart ("
                    + kept.get(0).getAsJsonObject().get("type").getAsString() + ", …) kept as passthrough in "
                    + JsonlExporter.RELATIONS_KEY));
        }
    }

    /** Restores claim and source fields from Tandai's {@code claims} / {@code sources} keys. */
    private static void details(JsonObject o, Map<String, Annotation> items) {
        for (JsonElement el : array(o, JsonlExporter.CLAIMS_KEY) == null ? new JsonArray() : array(o, JsonlExporter.CLAIMS_KEY)) {
            if (el instanceof JsonObject x && items.get(Json.text(x.get("entity_id"))) instanceof Claim c) {
                if (Json.str(x, "statement") != null) {
                    c.setStatement(Json.str(x, "statement"));
                }
                c.setVerdict(Json.str(x, "verdict"));
                c.setCheckWorthiness(Json.str(x, "checkWorthiness"));
                c.setClaimKind(Json.str(x, "kind"));
                c.setNote(Json.str(x, "note"));
            }
        }
        for (JsonElement el : array(o, JsonlExporter.SOURCES_KEY) == null ? new JsonArray() : array(o, JsonlExporter.SOURCES_KEY)) {
            if (el instanceof JsonObject x && items.get(Json.text(x.get("entity_id"))) instanceof Source s) {
                s.setForm(Json.str(x, "form"));
                s.setSpeakerDescription(Json.str(x, "speakerDescription"));
                s.setNote(Json.str(x, "note"));
            }
        }
    }

    /**
     * Checks a pair of offsets counted in the record's raw text (UTF-16 or code points) and converts
     * them to code points of the normalized text; reports and returns null when unusable.
     */
    static int[] range(String file, String loc, ArticleText text, OffsetMap map, boolean utf16, Integer start,
                       Integer end, Consumer<Problem> problems) {
        if (start == null || end == null) {
            problems.accept(Problem.error(file, loc, "offsets must be integers; skipped"));
            return null;
        }
        int max = utf16 ? map.rawUtf16Length() : map.rawCodePointLength();
        if (start < 0 || end > max || start >= end) {
            problems.accept(Problem.error(file, loc, "offsets " + start + ".." + end + " are outside the text (length "
                    + max + ") or empty; skipped"));
            return null;
        }
        if (utf16 && (map.splitsSurrogate(start) || map.splitsSurrogate(end))) {
            problems.accept(Problem.error(file, loc, "UTF-16 offsets " + start + ".." + end
                    + " split an emoji or other astral character; skipped"));
            return null;
        }
        int s = utf16 ? map.fromUtf16(start, text) : map.fromCodePoint(start);
        int e = utf16 ? map.fromUtf16(end, text) : map.fromCodePoint(end);
        if (s >= e) {
            problems.accept(Problem.error(file, loc, "offsets " + start + ".." + end + " cover only a BOM or CR; skipped"));
            return null;
        }
        return new int[] {s, e};
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement el = o.get(key);
        return el != null && el.isJsonArray() ? el.getAsJsonArray() : null;
    }
}
