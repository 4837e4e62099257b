package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * Writes {@code corpus.jsonl}: one line per article with {@code id}, {@code text}, doccano's
 * sequence-labelling {@code label} ({@code [[start, end, TYPE], …]}, entity mentions only) and
 * doccano's relation form ({@code entities} / {@code relations}) carrying claims ({@code CLAIM}),
 * cues ({@code CUE}) and contents ({@code CONTENT}) with {@code source}, {@code content},
 * {@code claimant} and {@code via} relations; {@code claims} and {@code sources} hold their other
 * fields (statement, verdict, check-worthiness, kind, form, notes) by entity item id. Offsets are code points, stated in
 * {@code "offsetUnit": "codepoint"} (doccano itself counts UTF-16 units; see docs/formats.md).
 */
public final class JsonlExporter implements Exporter {
    /** Document extra where import keeps relations that have no Tandai counterpart. */
    static final String RELATIONS_KEY = "jsonlRelations";
    /** Document extra where import keeps unknown top-level keys of a record. */
    static final String EXTRAS_KEY = "jsonlExtras";
    /** Top-level record keys with the claim and source fields doccano has no place for (kept by doccano as metadata). */
    static final String CLAIMS_KEY = "claims";
    static final String SOURCES_KEY = "sources";

    private final BufferedWriter out;

    public JsonlExporter(Path outDir) throws IOException {
        this.out = Files.newBufferedWriter(outDir.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        out.write(Json.compact(toJson(a)));
        out.write('\n');
    }

    /** The JSON object of one article (also used by tests). */
    public static JsonObject toJson(Article a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.name());
        o.addProperty("text", a.text().text());
        o.addProperty("offsetUnit", "codepoint");
        JsonArray label = new JsonArray();
        JsonArray entities = new JsonArray();
        JsonArray relations = new JsonArray();
        Map<String, Integer> ids = new HashMap<>();
        Map<Span, Integer> mentionIds = new HashMap<>();
        int[] next = {1};
        int len = a.text().length();
        for (Entity e : Exports.entities(a.doc())) {
            for (Span m : Exports.mentions(e)) {
                if (!Exports.usable(m, len)) {
                    continue;
                }
                JsonArray l = new JsonArray();
                l.add(m.start());
                l.add(m.end());
                l.add(e.type());
                label.add(l);
                int id = item(entities, next, e.type(), m);
                mentionIds.put(m, id);
                ids.putIfAbsent(e.id(), id);
            }
        }
        for (Claim c : Exports.claims(a.doc())) {
            if (Exports.usable(c.span(), len)) {
                ids.put(c.id(), item(entities, next, "CLAIM", c.span()));
            }
        }
        int[] rel = {1};
        List<Source> sources = Exports.sources(a.doc());
        for (Source s : sources) {
            if (Exports.usable(s.cue(), len)) {
                ids.put(s.id(), item(entities, next, "CUE", s.cue()));
            }
        }
        for (Claim c : Exports.claims(a.doc())) {
            Entity who = a.doc().entity(c.claimant());
            if (ids.containsKey(c.id()) && who != null) {
                relation(relations, rel, ids.get(c.id()), mentionIds.get(Exports.nearestMention(who, c.span())), "claimant");
            }
        }
        for (Source s : sources) {
            Integer cue = ids.get(s.id());
            Integer contentId = null;
            if (Exports.usable(s.content(), len)) {
                contentId = item(entities, next, "CONTENT", s.content());
            }
            Integer from = cue != null ? cue : contentId;
            if (from == null) {
                continue;
            }
            Entity who = a.doc().entity(s.speaker());
            if (who != null) {
                relation(relations, rel, from, mentionIds.get(Exports.nearestMention(who, s.cue())), "source");
            }
            if (contentId != null && !contentId.equals(from)) {
                relation(relations, rel, from, contentId, "content");
            }
            for (String cid : s.claimIds()) {
                relation(relations, rel, from, ids.get(cid), "content");
            }
            relation(relations, rel, from, ids.get(s.via()), "via");
        }
        if (a.doc().extras().get(RELATIONS_KEY) instanceof JsonArray kept) {
            for (JsonElement el : kept) {
                JsonObject r = el.getAsJsonObject();
                relation(relations, rel, ids.get(Json.str(r, "from")), ids.get(Json.str(r, "to")), Json.str(r, "type"));
            }
        }
        o.add("label", label);
        o.add("entities", entities);
        o.add("relations", relations);
        JsonArray claimInfo = claimInfo(a, ids);
        if (!claimInfo.isEmpty()) {
            o.add(CLAIMS_KEY, claimInfo);
        }
        JsonArray sourceInfo = sourceInfo(sources, ids);
        if (!sourceInfo.isEmpty()) {
            o.add(SOURCES_KEY, sourceInfo);
        }
        if (a.doc().extras().get(EXTRAS_KEY) instanceof JsonObject extra) {
            for (Map.Entry<String, JsonElement> e : extra.entrySet()) {
                if (!o.has(e.getKey())) {
                    o.add(e.getKey(), e.getValue());
                }
            }
        }
        return o;
    }

    /** Claim fields doccano has no place for, keyed by the claim's entity item id. */
    private static JsonArray claimInfo(Article a, Map<String, Integer> ids) {
        JsonArray out = new JsonArray();
        for (Claim c : Exports.claims(a.doc())) {
            if (!ids.containsKey(c.id())) {
                continue;
            }
            JsonObject x = new JsonObject();
            x.addProperty("entity_id", ids.get(c.id()));
            put(x, "statement", c.statement());
            put(x, "verdict", c.verdict());
            put(x, "checkWorthiness", c.checkWorthiness());
            put(x, "kind", c.claimKind());
            put(x, "note", c.note());
            out.add(x);
        }
        return out;
    }

    /** Source fields doccano has no place for, keyed by the cue's entity item id. */
    private static JsonArray sourceInfo(List<Source> sources, Map<String, Integer> ids) {
        JsonArray out = new JsonArray();
        for (Source s : sources) {
            if (ids.containsKey(s.id()) && (s.form() != null || s.speakerDescription() != null || s.note() != null)) {
                JsonObject x = new JsonObject();
                x.addProperty("entity_id", ids.get(s.id()));
                put(x, "form", s.form());
                put(x, "speakerDescription", s.speakerDescription());
                put(x, "note", s.note());
                out.add(x);
            }
        }
        return out;
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null) {
            o.addProperty(key, value);
        }
    }

    private static int item(JsonArray entities, int[] next, String label, Span s) {
        JsonObject item = new JsonObject();
        int id = next[0]++;
        item.addProperty("id", id);
        item.addProperty("label", label);
        item.addProperty("start_offset", s.start());
        item.addProperty("end_offset", s.end());
        entities.add(item);
        return id;
    }

    private static void relation(JsonArray relations, int[] next, Integer from, Integer to, String type) {
        if (from == null || to == null || type == null) {
            return;
        }
        JsonObject r = new JsonObject();
        r.addProperty("id", next[0]++);
        r.addProperty("from_id", from);
        r.addProperty("to_id", to);
        r.addProperty("type", type);
        relations.add(r);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
