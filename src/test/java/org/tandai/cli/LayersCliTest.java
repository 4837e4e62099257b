package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;
import org.tandai.store.CorpusLayout;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Fixtures;
import org.tandai.store.Layer;
import org.tandai.store.SidecarStore;

/**
 * {@code --layer} of validate, stats, export and reanchor on a team corpus: the curated file
 * beside the article and Budi's own in {@code annotators/budi/} (one entity, "Jakarta").
 */
class LayersCliTest {
    @TempDir
    Path tmp;
    private Path dir;
    private DocumentFiles budi;

    @BeforeEach
    void teamCorpus() throws Exception {
        dir = TestFiles.copyFolder(TestFiles.resource("corpus"), tmp.resolve("c"));
        budi = CorpusLayout.of(dir).files(dir.resolve("alpha.txt"), Layer.ofAnnotator("Budi"));
        SidecarStore store = new SidecarStore();
        AnnotatedDocument doc = store.open(budi, TagSet.defaults()).loaded().document();
        doc.add(Fixtures.entityIn(doc, dir.resolve("alpha.txt"), "Jakarta", "LOCATION"));
        store.save(budi, doc);
    }

    @Test
    void validateChecksEveryLayerAndNamesTheBrokenFile() throws Exception {
        CliRun ok = CliRun.of("validate", dir.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("2 document(s) checked, 0 error(s)"), "the curated alpha and Budi's alpha: " + ok.out());

        Files.writeString(budi.sidecar(), "{ broken", StandardCharsets.UTF_8);
        CliRun bad = CliRun.of("validate", dir.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains(budi.sidecar() + ": line 1"), bad.err());
        assertFalse(bad.err().contains("annotators.txt") || bad.err().contains("annotators:"), "annotators/ is no article");

        CliRun curatedOnly = CliRun.of("validate", "--layer", "curated", dir.toString());
        assertEquals(0, curatedOnly.exit(), curatedOnly.err());
        assertTrue(curatedOnly.out().contains("1 document(s) checked"), curatedOnly.out());
    }

    @Test
    void statsCountsTheLayerAskedForAndListsTheLayers() {
        CliRun text = CliRun.of("stats", "--layer", "budi", dir.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("total (1 documents)"), text.out());
        assertTrue(text.out().contains("layers of " + dir + ":"), text.out());
        assertTrue(text.out().contains("  curated              1 documents, 2 entities"), text.out());
        assertTrue(text.out().contains("  budi                 1 documents, 1 entities, 1 mentions, 0 claims"), text.out());

        CliRun json = CliRun.of("stats", "--json", dir.toString());
        assertEquals(0, json.exit(), json.err());
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals("curated", o.get("layer").getAsString());
        assertEquals(2, o.get("entities").getAsInt(), "the curated layer by default");
        JsonArray layers = o.getAsJsonArray("layers");
        assertEquals(2, layers.size());
        assertEquals("budi", layers.get(1).getAsJsonObject().get("layer").getAsString());
        assertEquals(1, layers.get(1).getAsJsonObject().get("entities").getAsInt());
        assertEquals(dir.toString(), layers.get(1).getAsJsonObject().get("corpus").getAsString());
    }

    @Test
    void aBadSlugOrAMissingLayerIsAUsageError() {
        for (String command : new String[] {"validate", "stats", "reanchor", "export"}) {
            String[] extra = command.equals("export") ? new String[] {"--format", "jsonl", "--out", tmp.resolve("o").toString()}
                    : new String[0];
            CliRun bad = CliRun.of(concat(new String[] {command, "--layer", "Budi!"}, extra, dir.toString()));
            assertEquals(2, bad.exit(), command + ": " + bad.err());
            assertTrue(bad.err().contains("--layer: \"Budi!\" is not a layer"), bad.err());
            CliRun missing = CliRun.of(concat(new String[] {command, "--layer", "ani"}, extra, dir.toString()));
            assertEquals(2, missing.exit(), command + ": " + missing.err());
            assertTrue(missing.err().contains(dir.resolve("annotators").resolve("ani") + " does not exist; the layers of "
                    + dir + " are curated, budi"), missing.err());
            assertFalse(missing.hasStackTrace());
        }
        assertFalse(Files.exists(tmp.resolve("o")), "a usage error writes nothing");
    }

    @Test
    void exportAndReanchorReadTheLayerAskedFor() throws Exception {
        Path out = tmp.resolve("out");
        CliRun export = CliRun.of("export", "--format", "jsonl", "--layer", "budi", "--out", out.toString(), dir.toString());
        assertEquals(0, export.exit(), export.err());
        String jsonl;
        try (var files = Files.list(out)) {
            jsonl = Files.readString(files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow());
        }
        assertTrue(jsonl.contains("\"label\":[[51,58,\"LOCATION\"]]") && !jsonl.contains("PERSON"),
                "Budi's one location, not the curated persons: " + jsonl);

        byte[] curated = Files.readAllBytes(dir.resolve("alpha.annotations.json"));
        CliRun reanchor = CliRun.of("reanchor", "--layer", "budi", dir.toString());
        assertEquals(0, reanchor.exit(), reanchor.err());
        assertTrue(reanchor.out().contains(budi.sidecar() + ": text unchanged"), reanchor.out());
        assertArrayEquals(curated, Files.readAllBytes(dir.resolve("alpha.annotations.json")));
    }

    private static String[] concat(String[] a, String[] b, String last) {
        String[] out = new String[a.length + b.length + 1];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        out[out.length - 1] = last;
        return out;
    }
}
