package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandai.TestFiles;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.synth.SyntheticCorpus;

/**
 * Pins every export format, byte for byte, to files written before the exporters were tuned for
 * speed (src/test/resources/interchange/golden/FORMAT/). Articles: the annotated seed, the emoji
 * fixture, two synthetic articles and one with characters JSON must escape and import extras.
 * A deliberate format change regenerates the files with {@code -Dtandai.golden.update=true} and
 * shows up in the diff.
 */
class ExportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/interchange/golden");

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportWritesExactlyThePinnedBytes(Format format, @TempDir Path out) throws IOException {
        ClaimReviewSettings settings = new ClaimReviewSettings("Cek Fakta", "https://cek.example", "https://cek.example/r/");
        try (Exporter ex = ExportService.exporter(format, out, TagSet.defaults(), settings)) {
            for (Article a : articles()) {
                ex.write(a, p -> { });
            }
            ex.finish();
        }
        Path expected = GOLDEN.resolve(format.key());
        if (Boolean.getBoolean("tandai.golden.update")) {
            copyTree(out, expected);
        }
        assertEquals(names(expected), names(out), "files written");
        for (String name : names(expected)) {
            assertEquals(Files.readString(expected.resolve(name), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(name), StandardCharsets.UTF_8), format.key() + ": " + name);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportOverLongerOldFilesLeavesNoStaleBytes(Format format, @TempDir Path out) throws IOException {
        Path expected = GOLDEN.resolve(format.key());
        for (String name : names(expected)) {
            // Longer than anything the export writes, so a missing cut would leave a tail.
            Files.writeString(out.resolve(name), "stale\n".repeat(100_000));
        }
        exportWritesExactlyThePinnedBytes(format, out);
    }

    static List<Article> articles() throws IOException {
        List<Article> out = new ArrayList<>();
        Path seed = TestFiles.seedArticle();
        SidecarStore.Loaded l = new SidecarStore().load(seed, TagSet.defaults());
        assertTrue(l.problems().isEmpty(), l.problems().toString());
        out.add(new Article("seed", l.text(), l.document()));
        out.add(Fixtures.emojiArticle());
        for (long s : new long[] {7, 11}) {
            SyntheticCorpus.Article syn = SyntheticCorpus.article("synth-" + s, s, 2_500, 40);
            out.add(new Article(syn.name(), syn.text(), syn.document()));
        }
        out.add(escapes());
        return out;
    }

    /** Quotes, backslashes, tabs, a control character, line separators and HTML characters, plus JSONL import extras. */
    private static Article escapes() {
        String text = "He said \"a\\b\" <b>&amp;</b> = 'x'\tthen\u0001 stop\u2028next\u2029end\nÜber 𝄞 café.";
        Imported imp = new Imported("escapes", ArticleText.of(text));
        Entity a = imp.entity("PERSON", Fixtures.at(text, "He"), Fixtures.end(text, "He"));
        a.setNote("line one\nline \"two\"\t\\");
        Entity b = imp.entity("ORGANIZATION", Fixtures.at(text, "<b>&amp;</b>"), Fixtures.end(text, "<b>&amp;</b>"));
        imp.entity("OTHER", Fixtures.at(text, "Über"), Fixtures.end(text, "𝄞"));
        org.tandai.model.Claim c = imp.claim(Fixtures.at(text, "\"a\\b\""), Fixtures.end(text, "'x'"));
        c.setStatement("a \"quoted\" <statement>");
        c.setVerdict("false");
        c.setClaimant(a.id());
        org.tandai.model.Source s = imp.source();
        s.setCue(imp.span(Fixtures.at(text, "said"), Fixtures.end(text, "said")));
        s.setSpeaker(a.id());
        s.claimIds().add(c.id());
        s.setSpeakerDescription("the \u2028speaker");
        JsonArray kept = new JsonArray();
        JsonObject rel = new JsonObject();
        rel.addProperty("from", a.id());
        rel.addProperty("to", b.id());
        rel.addProperty("type", "works_for");
        kept.add(rel);
        imp.doc.extras().put(JsonlExporter.RELATIONS_KEY, kept);
        JsonObject extras = JsonParser.parseString("{\"meta\":{\"n\":1.50,\"big\":12345678901234567890,\"none\":null,"
                + "\"list\":[true,null,\"<&>\\u2028\"]},\"text\":\"never overrides\",\"score\":-0.0}").getAsJsonObject();
        extras.add("nothing", JsonNull.INSTANCE);
        imp.doc.extras().put(JsonlExporter.EXTRAS_KEY, extras);
        return imp.article();
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : names(from)) {
            Files.copy(from.resolve(name), to.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
