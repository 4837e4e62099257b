package org.tandai.interchange;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.Claim;
import org.tandai.model.Source;
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

    private final OutputFiles.Stream out;
    private final LineBuffer line = new LineBuffer();

    public JsonlExporter(Path outDir) throws IOException {
        this(new OutputFiles(outDir));
    }

    JsonlExporter(OutputFiles files) throws IOException {
        this.out = files.stream("corpus.jsonl");
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        for (String d : writeRecord(a, Json.compactWriter(line))) {
            int colon = d.indexOf(": ");
            problems.accept(Problem.warning(a.name() + ".txt", d.substring(0, colon), d.substring(colon + 2)));
        }
        line.write('\n');
        line.drainTo(out);
        out.record();
    }

    /** The JSON object of one article (for tests): exactly the line {@link #write} writes, parsed. */
    public static JsonObject toJson(Article a) {
        StringWriter line = new StringWriter();
        try {
            writeRecord(a, Json.compactWriter(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonParser.parseString(line.toString()).getAsJsonObject();
    }

    /**
     * Streams one record. Items and relations are numbered first ({@link JsonlItems}), because a
     * source's content item is only numbered while its relations are; then everything is written in
     * the order the record has always had. No JSON tree is built: see decision 0405.
     */
    private static List<String> writeRecord(Article a, JsonWriter w) throws IOException {
        JsonlItems items = new JsonlItems(a);
        w.beginObject();
        w.name("id").value(a.name());
        w.name("text").value(a.text().text());
        w.name("offsetUnit").value("codepoint");
        w.name("label").beginArray();
        for (JsonlItems.Item m : items.items()) {
            if (m.mention()) {
                w.beginArray().value(m.start()).value(m.end()).value(m.label()).endArray();
            }
        }
        w.endArray();
        w.name("entities").beginArray();
        for (JsonlItems.Item i : items.items()) {
            w.beginObject().name("id").value(i.id()).name("label").value(i.label())
                    .name("start_offset").value(i.start()).name("end_offset").value(i.end()).endObject();
        }
        w.endArray();
        w.name("relations").beginArray();
        for (JsonlItems.Relation r : items.relations()) {
            w.beginObject().name("id").value(r.id()).name("from_id").value(r.from())
                    .name("to_id").value(r.to()).name("type").value(r.type()).endObject();
        }
        w.endArray();
        Set<String> written = new HashSet<>(List.of("id", "text", "offsetUnit", "label", "entities", "relations"));
        if (claimInfo(w, items)) {
            written.add(CLAIMS_KEY);
        }
        if (sourceInfo(w, items)) {
            written.add(SOURCES_KEY);
        }
        if (a.doc().extras().get(EXTRAS_KEY) instanceof JsonObject extra) {
            for (Map.Entry<String, JsonElement> e : extra.entrySet()) {
                if (written.add(e.getKey())) {
                    w.name(e.getKey());
                    Json.writeCompact(e.getValue(), w);
                }
            }
        }
        w.endObject();
        return items.degraded();
    }

    /** Claim fields doccano has no place for, keyed by the claim's entity item id; false when there were none. */
    private static boolean claimInfo(JsonWriter w, JsonlItems items) throws IOException {
        boolean any = false;
        for (Claim c : items.claims()) {
            Integer id = items.id(c.id());
            if (id == null) {
                continue;
            }
            if (!any) {
                w.name(CLAIMS_KEY).beginArray();
                any = true;
            }
            w.beginObject().name("entity_id").value(id);
            put(w, "statement", c.statement());
            put(w, "verdict", c.verdict());
            put(w, "checkWorthiness", c.checkWorthiness());
            put(w, "kind", c.claimKind());
            put(w, "note", c.note());
            w.endObject();
        }
        if (any) {
            w.endArray();
        }
        return any;
    }

    /** Source fields doccano has no place for, keyed by the cue's entity item id; false when there were none. */
    private static boolean sourceInfo(JsonWriter w, JsonlItems items) throws IOException {
        boolean any = false;
        for (Source s : items.sources()) {
            Integer id = items.id(s.id());
            if (id != null && (s.form() != null || s.speakerDescription() != null || s.note() != null)) {
                if (!any) {
                    w.name(SOURCES_KEY).beginArray();
                    any = true;
                }
                w.beginObject().name("entity_id").value(id);
                put(w, "form", s.form());
                put(w, "speakerDescription", s.speakerDescription());
                put(w, "note", s.note());
                w.endObject();
            }
        }
        if (any) {
            w.endArray();
        }
        return any;
    }

    private static void put(JsonWriter w, String key, String value) throws IOException {
        if (value != null) {
            w.name(key).value(value);
        }
    }

    @Override
    public void finish() throws IOException {
        out.commit();
    }

    @Override
    public void close() throws IOException {
        out.discard();
    }
}
