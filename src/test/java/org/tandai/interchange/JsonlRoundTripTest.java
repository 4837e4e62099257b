package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandai.model.Source;

class JsonlRoundTripTest {
    private static final String D = "doccano/backend/data_";

    /** Every span of a doccano record as "start end LABEL", from label and entities alike. */
    static List<String> spans(JsonObject o) {
        List<String> out = new ArrayList<>();
        for (String key : List.of("label", "column_label")) {
            if (o.get(key) instanceof JsonArray l) {
                for (JsonElement el : l) {
                    JsonArray s = el.getAsJsonArray();
                    out.add(s.get(0).getAsInt() + " " + s.get(1).getAsInt() + " " + s.get(2).getAsString());
                }
            }
        }
        if (o.get("entities") instanceof JsonArray es) {
            for (JsonElement el : es) {
                JsonObject e = el.getAsJsonObject();
                String s = e.get("start_offset").getAsInt() + " " + e.get("end_offset").getAsInt() + " " + e.get("label").getAsString();
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    static List<String> relations(JsonObject o) {
        List<String> out = new ArrayList<>();
        Map<String, String> span = new HashMap<>();
        if (o.get("entities") instanceof JsonArray es) {
            for (JsonElement el : es) {
                JsonObject e = el.getAsJsonObject();
                span.put(e.get("id").getAsString(), e.get("start_offset") + "-" + e.get("end_offset"));
            }
        }
        if (o.get("relations") instanceof JsonArray rs) {
            for (JsonElement el : rs) {
                JsonObject r = el.getAsJsonObject();
                out.add(span.get(r.get("from_id").getAsString()) + " " + r.get("type").getAsString() + " "
                        + span.get(r.get("to_id").getAsString()));
            }
        }
        Collections.sort(out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"import/pipeline/examples/sequence_labeling/example.jsonl",
            "import/pipeline/examples/relation_extraction/example.jsonl",
            "import/tests/data/relation_extraction/example.jsonl",
            "export/pipeline/examples/sequence_labeling/example.jsonl",
            "export/pipeline/examples/relation_extraction/example.jsonl"})
    void doccanoExamplesKeepEverySpanAndRelation(String file) throws IOException {
        Path source = Fixtures.shared(D + file);
        Fixtures.Collect problems = new Fixtures.Collect();
        List<Article> articles = Fixtures.importFile(new JsonlImporter(), source, problems);
        assertTrue(problems.errors().isEmpty(), problems.all.toString());
        List<JsonObject> originals = new ArrayList<>();
        String content = Files.readString(source);
        if (content.startsWith("{\n")) {
            originals.add(JsonParser.parseString(content).getAsJsonObject());
            assertTrue(problems.mentions("not JSON Lines"), "pretty-printed .jsonl is reported");
        } else {
            content.lines().filter(l -> !l.isBlank()).forEach(l -> originals.add(JsonParser.parseString(l).getAsJsonObject()));
        }
        assertEquals(originals.size(), articles.size());
        for (int i = 0; i < articles.size(); i++) {
            JsonObject out = JsonlExporter.toJson(articles.get(i));
            assertEquals(spans(originals.get(i)), spans(out), "record " + i);
            assertEquals(relations(originals.get(i)), relations(out), "record " + i);
            assertEquals(originals.get(i).has("text") ? originals.get(i).get("text") : originals.get(i).get("column_data"),
                    out.get("text"));
            // Required doccano fields: text and label; each label is [start, end, TYPE] with start < end.
            for (JsonElement l : out.getAsJsonArray("label")) {
                assertTrue(l.getAsJsonArray().get(0).getAsInt() < l.getAsJsonArray().get(1).getAsInt());
            }
        }
    }

    @Test
    void malformedRecordsGetLocatedMessagesAndTheRestIsImported() throws IOException {
        Path source = Fixtures.shared(D + "import/tests/data/sequence_labeling/example.jsonl");
        Fixtures.Collect problems = new Fixtures.Collect();
        List<Article> articles = Fixtures.importFile(new JsonlImporter(), source, problems);
        assertEquals(2, articles.size());
        assertTrue(problems.mentions("example.jsonl: line 3: record has no \"text\"; skipped"), problems.all.toString());
        assertEquals("{\"wikiPageID\":1}", articles.get(0).doc().extras().get(JsonlExporter.EXTRAS_KEY).toString()
                .replace("{\"meta\":", "").replaceFirst("}$", ""));
    }

    @Test
    void claimsAndAttributionsTravelInTheRelationFormWithCodePointOffsets(@TempDir Path dir) throws IOException {
        Article a = Fixtures.emojiArticle();
        Fixtures.Collect problems = new Fixtures.Collect();
        try (JsonlExporter ex = new JsonlExporter(dir)) {
            ex.write(a, problems);
            ex.finish();
        }
        String line = Files.readString(dir.resolve("corpus.jsonl"));
        assertEquals(1, line.lines().count());
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        int budi = Fixtures.at(Fixtures.EMOJI_TEXT, "Budi Santoso");
        assertTrue(spans(o).contains(budi + " " + (budi + 12) + " PERSON"), spans(o).toString());
        assertTrue(relations(o).stream().anyMatch(r -> r.contains(" source ")), relations(o).toString());
        assertTrue(relations(o).stream().anyMatch(r -> r.contains(" via ")), relations(o).toString());
        List<Article> back = Fixtures.importFile(new JsonlImporter(), dir.resolve("corpus.jsonl"), problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        Article b = back.get(0);
        assertEquals("emoji", b.name());
        assertEquals(a.doc().entities().size(), b.doc().entities().size());
        assertEquals(3, b.doc().sources().size());
        Source kim = b.doc().sources().stream().filter(s -> s.content() != null).findFirst().orElseThrow();
        assertEquals("Kim", b.doc().entity(kim.speaker()).name());
        assertEquals("Menurut", b.doc().source(kim.via()).cue().exact());
        assertEquals("Budi Santoso", b.doc().entity(b.doc().claims().get(0).claimant()).name());
        assertEquals(spans(o), spans(JsonlExporter.toJson(b)));
        assertEquals("mostly-false", b.doc().claims().get(0).verdict());
        assertEquals("high", b.doc().claims().get(0).checkWorthiness());
        assertEquals("indirect", kim.form());
        assertEquals("relayed by Yonhap", kim.note());
    }

    @Test
    void doccanoUtf16OffsetsAreConvertedToCodePoints(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("utf16.jsonl");
        // "😀 Budi": Budi is UTF-16 3..7, code points 2..6.
        Files.writeString(f, "{\"text\": \"😀 Budi\", \"label\": [[3, 7, \"PER\"], [1, 4, \"BAD\"]]}\n");
        Fixtures.Collect problems = new Fixtures.Collect();
        Article a = Fixtures.importFile(new JsonlImporter(), f, problems).get(0);
        assertEquals(2, a.doc().entities().get(0).mentions().get(0).start());
        assertEquals("Budi", a.doc().entities().get(0).mentions().get(0).exact());
        assertTrue(problems.mentions("utf16.jsonl: line 1: label[1]: UTF-16 offsets 1..4 split an emoji"), problems.all.toString());
    }
}
