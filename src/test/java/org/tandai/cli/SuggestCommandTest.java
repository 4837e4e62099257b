package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.DocumentFiles;
import org.tandai.TestFiles;
import org.tandai.store.SidecarStore;

class SuggestCommandTest {
    private static final String ARTICLE = "Menteri Budi Santoso mengatakan bahwa harga beras akan turun bulan depan.\n"
            + "“Kami siap,” kata Budi, “untuk bekerja sama.”\n";

    @TempDir
    Path dir;

    private static JsonObject sidecar(Path article) throws Exception {
        return JsonParser.parseString(Files.readString(DocumentFiles.curated(article).sidecar())).getAsJsonObject();
    }

    /** Every annotation of the file by id, with its status. */
    private static Map<String, JsonObject> byId(JsonObject file) {
        Map<String, JsonObject> out = new HashMap<>();
        for (String kind : new String[] {"entities", "claims", "sources", "relations"}) {
            for (JsonElement e : file.getAsJsonArray(kind)) {
                out.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
            }
        }
        return out;
    }

    @Test
    void suggestOnTheSeedAddsOnlySuggestionsAndKeepsEveryAcceptedAnnotation() throws Exception {
        Path article = TestFiles.seed(dir);
        Map<String, JsonObject> before = byId(sidecar(article));
        // The seed is fully annotated for attributions: strip its sources to give suggest something to do.
        JsonObject stripped = sidecar(article);
        stripped.add("sources", new JsonArray());
        Files.writeString(DocumentFiles.curated(article).sidecar(), stripped.toString(), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("suggest", dir.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("added "), run.out());
        Map<String, JsonObject> after = byId(sidecar(article));
        for (Map.Entry<String, JsonObject> e : before.entrySet()) {
            if (!e.getKey().startsWith("s")) {
                assertEquals(e.getValue(), after.get(e.getKey()), "accepted " + e.getKey() + " unchanged");
            }
        }
        long suggested = after.values().stream().filter(o -> o.get("status").getAsString().equals("suggested")).count();
        assertEquals(14, suggested, "one suggested source per attribution of the seed");
        JsonObject s1 = after.values().stream().filter(o -> o.get("id").getAsString().startsWith("s")).findFirst().orElseThrow();
        assertEquals("e1", s1.get("speaker").getAsString(), "the speaker is the accepted entity Kim Jong Un");
        assertTrue(Files.exists(DocumentFiles.curated(article).backup()), "saved with a backup");

        CliRun again = CliRun.of("suggest", dir.toString());
        assertTrue(again.out().contains("nothing new to suggest"), again.out());
    }

    @Test
    void aRejectedSuggestionStaysRejectedAndDoesNotComeBack() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("suggest", article.toString()).exit());
        JsonObject file = sidecar(article);
        JsonArray sources = file.getAsJsonArray("sources");
        assertEquals(2, sources.size());
        sources.get(0).getAsJsonObject().addProperty("status", "rejected");
        sources.remove(1);
        Files.writeString(DocumentFiles.curated(article).sidecar(), file.toString(), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("suggest", article.toString());

        assertEquals(0, run.exit(), run.err());
        JsonArray now = sidecar(article).getAsJsonArray("sources");
        assertEquals(2, now.size(), "the deleted one is proposed again, the rejected one is not");
        assertEquals("rejected", now.get(0).getAsJsonObject().get("status").getAsString());
        assertEquals("suggested", now.get(1).getAsJsonObject().get("status").getAsString());
        assertEquals("s3", now.get(1).getAsJsonObject().get("id").getAsString(), "ids are never reused");
    }

    @Test
    void dryRunWritesNothingAndAMissingSidecarIsCreated() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);

        CliRun dry = CliRun.of("suggest", "--dry-run", dir.toString());
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("would add 5 suggestion(s) (1 attributions, 3 entities, 1 quotes) (dry run, not saved)"), dry.out());
        assertFalse(Files.exists(DocumentFiles.curated(article).sidecar()));

        CliRun real = CliRun.of("suggest", "--only", "quotes", dir.toString());
        assertTrue(real.out().contains("added 1 suggestion(s) (1 quotes), new annotations file"), real.out());
        assertEquals(1, sidecar(article).getAsJsonArray("sources").size());
    }

    @Test
    void anUnknownKindIsAUsageError() {
        CliRun run = CliRun.of("suggest", "--only", "claims", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown kind \"claims\""), run.err());
    }

    @Test
    void evaluatePrintsScoresPerKindAndChangesNothing() throws Exception {
        Path article = TestFiles.seed(dir);
        byte[] before = Files.readAllBytes(DocumentFiles.curated(article).sidecar());
        CliRun run = CliRun.of("suggest", "--evaluate", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("evaluated 1 article(s)"), run.out());
        assertTrue(run.out().contains("\ncues                       14     14   0.929 0.929 0.929   1.000 1.000 1.000"), run.out());
        assertTrue(run.out().contains("entities PERSON"), run.out());
        assertArrayEquals(before, Files.readAllBytes(DocumentFiles.curated(article).sidecar()));
    }

    @Test
    void exportLeavesSuggestionsOutUnlessAsked() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path article = corpus.resolve("a.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("suggest", corpus.toString()).exit());

        assertEquals(0, CliRun.of("export", "--format", "brat", "--out", dir.resolve("plain").toString(), corpus.toString()).exit());
        assertEquals(0, CliRun.of("export", "--format", "brat", "--include-suggested", "--out", dir.resolve("all").toString(),
                corpus.toString()).exit());

        String plain = Files.exists(dir.resolve("plain/a.ann")) ? Files.readString(dir.resolve("plain/a.ann")) : "";
        String all = Files.readString(dir.resolve("all/a.ann"));
        assertFalse(plain.contains("Attribution"), plain);
        assertTrue(all.contains("Attribution"), all);
    }

    @Test
    void trainSavesAModelAndTheGazetteerExportsAndImports() throws Exception {
        Path article = TestFiles.seed(dir);
        CliRun train = CliRun.of("train", dir.toString());
        assertEquals(0, train.exit(), train.err());
        assertTrue(train.out().contains("saved " + dir.resolve(".tandai").resolve("ner-model.bin")), train.out());
        assertTrue(Files.size(dir.resolve(".tandai/ner-model.bin")) > 0);

        Path tsv = dir.resolve("names.tsv");
        CliRun export = CliRun.of("train", "--export-gazetteer", tsv.toString(), dir.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(Files.readString(tsv).contains("Kim\tPERSON\tKim Jong Un\t7\n"), Files.readString(tsv));

        Path other = Files.createDirectories(dir.resolve("other"));
        CliRun imp = CliRun.of("train", "--import-gazetteer", tsv.toString(), other.toString());
        assertEquals(0, imp.exit(), imp.err());
        assertEquals(Files.readString(tsv), Files.readString(other.resolve(".tandai/gazetteer.tsv")));

        byte[] seedBytes = Files.readAllBytes(article);
        CliRun over = CliRun.of("train", "--export-gazetteer", article.toString(), dir.toString());
        assertEquals(1, over.exit());
        assertTrue(over.err().contains("never goes over an article"), over.err());
        assertArrayEquals(seedBytes, Files.readAllBytes(article));

        Files.writeString(tsv, "just one column\n");
        CliRun bad = CliRun.of("train", "--import-gazetteer", tsv.toString(), other.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains(tsv + ": line 1: expected surface<TAB>type<TAB>entity"), bad.err());
        assertFalse(bad.hasStackTrace());
        assertTrue(Files.exists(article));
    }
}
