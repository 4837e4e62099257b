package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.cli.TandaiCommand;
import org.tandai.model.Claim;
import org.tandai.model.Source;
import org.tandai.model.TagSet;
import picocli.CommandLine;

/** Our own fixture files under src/test/resources/interchange: BOM, CRLF, emoji, overlaps. */
class ResourceFixturesTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ResourceFixturesTest.class.getResource("/interchange/" + name).toURI());
    }

    @Test
    void bratWithBomAndCrlfImportsEveryAttributionAndTheRelation() throws Exception {
        Fixtures.Collect problems = new Fixtures.Collect();
        org.tandai.interchange.Article a = Fixtures.importFile(new BratImporter(TagSet.defaults()),
                resource("bom-crlf/news.ann"), problems).get(0);
        assertTrue(problems.errors().isEmpty(), problems.all.toString());
        // Since model v2 the Located R line is a Tandai relation, no longer passthrough (decision 0831).
        assertTrue(problems.all.stream().noneMatch(p -> p.toString().contains("no Tandai counterpart")), problems.all.toString());
        assertEquals(1, a.doc().relations().size());
        assertEquals("Located", a.doc().relations().get(0).type());
        assertEquals(a.doc().entities().get(0).id(), a.doc().relations().get(0).from());
        assertEquals(a.doc().entities().get(1).id(), a.doc().relations().get(0).to());
        assertTrue(a.text().text().startsWith("“Saya") && !a.text().text().contains("\r"));
        assertEquals(List.of("Sri Mulyani", "Jakarta", "Kompas", "Budi"),
                a.doc().entities().stream().map(e -> e.mentions().get(0).exact()).toList());
        assertEquals("Minister of Finance", a.doc().entities().get(0).note());
        Claim c = a.doc().claims().get(0);
        assertEquals("harga naik", c.span().exact());
        assertEquals("mostly-false", c.verdict());
        assertEquals("high", c.checkWorthiness());
        Source sri = a.doc().sources().get(0);
        assertEquals("kata", sri.cue().exact());
        assertEquals("Saya belum siap", sri.content().exact());
        Source budi = a.doc().sources().get(2);
        assertEquals(List.of(c.id()), budi.claimIds());
        assertEquals("Menurut", a.doc().source(budi.via()).cue().exact());
        String ann = new BratExporter(Path.of(".")).annText(a, problems);
        assertTrue(ann.contains("\tLocated Arg1:T1 Arg2:T2"), ann);
        assertTrue(ann.contains("Verdict T9 mostly-false") || ann.matches("(?s).*Verdict T\\d+ mostly-false.*"), ann);
    }

    @Test
    void conllWithBomCrlfFourColumnsAndBioesSplitsDocuments() throws Exception {
        Fixtures.Collect problems = new Fixtures.Collect();
        List<org.tandai.interchange.Article> docs = Fixtures.importFile(new ConllImporter(), resource("crlf-bioes.conll"), problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals(2, docs.size());
        assertEquals("Sri Mulyani tiba di Jakarta .", docs.get(0).text().text());
        assertEquals(List.of("PER Sri Mulyani", "LOC Jakarta"),
                docs.get(0).doc().entities().stream().map(e -> e.type() + " " + e.name()).toList());
        assertEquals(List.of("PER Budi", "ORG Bank Indonesia"),
                docs.get(1).doc().entities().stream().map(e -> e.type() + " " + e.name()).toList());
        assertEquals(22, docs.get(1).doc().entities().get(1).mentions().get(0).start(), "code points: UTF-16 would say 23");
    }

    @Test
    void prettyPrintedJsonlWithCrlfAndUtf16OffsetsKeepsOverlappingSpans() throws Exception {
        Fixtures.Collect problems = new Fixtures.Collect();
        org.tandai.interchange.Article a = Fixtures.importFile(new JsonlImporter(), resource("pretty-crlf.jsonl"), problems).get(0);
        assertTrue(problems.mentions("pretty-crlf.jsonl: line 1: warning: not JSON Lines"), problems.all.toString());
        assertTrue(problems.errors().isEmpty(), problems.all.toString());
        assertEquals("😀 Kata Budi Santoso\ndi Jakarta.", a.text().text());
        assertEquals(List.of("PER Budi Santoso 7", "FIRST Budi 7", "LOC Jakarta 23"), a.doc().entities().stream()
                .map(e -> e.type() + " " + e.mentions().get(0).exact() + " " + e.mentions().get(0).start()).toList());
        assertEquals("{\"meta\":{\"source\":\"fixture\"}}", a.doc().extras().get(JsonlExporter.EXTRAS_KEY).toString());
    }

    @Test
    void emojiCorpusExportsToEveryFormatFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path corpus = resource("corpus");
        for (String f : List.of("jsonl", "conll", "brat", "w3c", "claimreview", "labelstudio")) {
            StringWriter err = new StringWriter();
            CommandLine cl = TandaiCommand.commandLine(o -> 0);
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(new StringWriter(), true));
            int code = cl.execute("export", "--format", f, "--out", dir.resolve(f).toString(), "--publisher", "Cek Fakta",
                    "--base-url", "https://cekfakta.example.id/r", corpus.toString());
            assertEquals(0, code, f + ": " + err);
        }
        assertTrue(Files.exists(dir.resolve("brat/annotation.conf")));
        var review = JsonParser.parseString(Files.readString(dir.resolve("claimreview/emoji.claimreview.jsonld")))
                .getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("Cek Fakta", review.getAsJsonObject("author").get("name").getAsString());
        assertEquals("https://news.example.id/emoji",
                review.getAsJsonObject("itemReviewed").getAsJsonObject("appearance").get("url").getAsString());
        assertEquals(1, Files.readString(dir.resolve("jsonl/corpus.jsonl")).lines().count());
    }

}
