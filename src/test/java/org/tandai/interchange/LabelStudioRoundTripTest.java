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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandai.model.Status;

class LabelStudioRoundTripTest {

    /** "start end text LABEL" of every labels region of the first annotation (or prediction). */
    static List<String> regions(JsonObject task) {
        JsonArray result = null;
        for (String k : List.of("annotations", "completions", "predictions")) {
            if (result == null && task.get(k) instanceof JsonArray a && !a.isEmpty()) {
                result = a.get(0).getAsJsonObject().getAsJsonArray("result");
            }
        }
        List<String> out = new ArrayList<>();
        for (JsonElement el : result) {
            JsonObject r = el.getAsJsonObject();
            if (r.get("value") instanceof JsonObject v && v.get("labels") instanceof JsonArray l) {
                out.add(v.get("start").getAsInt() + " " + v.get("end").getAsInt() + " " + v.get("text").getAsString()
                        + " " + l.get(0).getAsString());
            }
        }
        Collections.sort(out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"label-studio-frontend-examples/examples/named_entity/annotations/1.json",
            "label-studio-frontend-examples/examples/named_entity/tasks.json"})
    void examplesKeepEverySpan(String file) throws IOException {
        Path source = Fixtures.shared(file);
        Fixtures.Collect problems = new Fixtures.Collect();
        List<Article> articles = Fixtures.importFile(new LabelStudioImporter(), source, problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        JsonElement root = JsonParser.parseString(Files.readString(source));
        JsonObject original = root.isJsonArray() ? root.getAsJsonArray().get(0).getAsJsonObject() : root.getAsJsonObject();
        JsonObject out = new LabelStudioExporterHolder().export(articles.get(0));
        assertEquals(regions(original), regions(out));
        assertEquals(original.getAsJsonObject("data").get("text"), out.getAsJsonObject("data").get("text"));
        if (original.has("predictions")) {
            assertTrue(articles.get(0).doc().entities().stream().allMatch(e -> e.status() == Status.SUGGESTED),
                    "predictions are imported as suggestions");
        }
    }

    @Test
    void legacyOffByOneEndsAreRepairedFromTheRegionTextWithAWarning() throws IOException {
        Path source = Fixtures.shared("label-studio-legacy-ner/completions/0.json");
        Fixtures.Collect problems = new Fixtures.Collect();
        Article a = Fixtures.importFile(new LabelStudioImporter(), source, problems).get(0);
        assertTrue(problems.mentions("0.json: line 1: result[0]: warning: offsets 343..353 disagree with the region's text "
                + "\"February 22\"; moved to 343..354"), problems.all.toString());
        List<String> quotes = a.doc().entities().stream().map(e -> e.mentions().get(0).exact()).sorted().toList();
        assertEquals(List.of("Bahia", "February 22"), quotes);
        List<String> exported = regions(new LabelStudioExporterHolder().export(a));
        assertEquals(List.of("343 354 February 22 Date", "45 50 Bahia Location"), exported);
    }

    @Test
    void offsetsAreUtf16AndRelationsCarryAttributions(@TempDir Path dir) throws IOException {
        Article a = Fixtures.emojiArticle();
        Fixtures.Collect problems = new Fixtures.Collect();
        try (LabelStudioExporter ex = new LabelStudioExporter(dir)) {
            ex.write(a, problems);
            ex.finish();
        }
        JsonArray tasks = JsonParser.parseString(Files.readString(dir.resolve("tasks.json"))).getAsJsonArray();
        JsonObject task = tasks.get(0).getAsJsonObject();
        String text = task.getAsJsonObject("data").get("text").getAsString();
        for (JsonElement el : task.getAsJsonArray("annotations").get(0).getAsJsonObject().getAsJsonArray("result")) {
            JsonObject r = el.getAsJsonObject();
            if (r.get("value") instanceof JsonObject v) {
                // Label Studio slices with JavaScript (UTF-16) indices.
                assertEquals(v.get("text").getAsString(), text.substring(v.get("start").getAsInt(), v.get("end").getAsInt()));
                assertTrue(r.has("id") && r.has("from_name") && r.has("to_name") && r.has("type"), r.toString());
            } else {
                assertEquals("relation", r.get("type").getAsString());
                assertTrue(r.has("from_id") && r.has("to_id") && r.has("direction") && r.has("labels"), r.toString());
            }
        }
        String config = Files.readString(dir.resolve("config.xml"));
        assertTrue(config.contains("<Relation value=\"source\"/>") && config.contains("<Label value=\"PERSON\"/>"), config);
        Article b = Fixtures.importFile(new LabelStudioImporter(), dir.resolve("tasks.json"), problems).get(0);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals("mostly-false", b.doc().claims().get(0).verdict());
        assertEquals(3, b.doc().sources().size());
        assertEquals(regions(task), regions(new LabelStudioExporterHolder().export(b)));
    }

    /** Exports one article to a task object in memory. */
    static final class LabelStudioExporterHolder {
        JsonObject export(Article a) throws IOException {
            Path tmp = Files.createTempDirectory("ls");
            try (LabelStudioExporter ex = new LabelStudioExporter(tmp)) {
                return ex.toJson(a, 1);
            } finally {
                Files.deleteIfExists(tmp.resolve("tasks.json"));
                Files.deleteIfExists(tmp);
            }
        }
    }
}
