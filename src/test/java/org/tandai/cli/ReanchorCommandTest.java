package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Anchor;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;

class ReanchorCommandTest {
    static final String TEXT = "Kim Jong Un mengirim pesan kepada Vladimir Putin.\n"
            + "“Harga beras naik 20 persen,” kata Budi Santoso di Jakarta, Senin.\n";

    @TempDir
    Path dir;

    /** Writes a.txt and its sidecar with two entities and a claim, all anchored on {@code text}. */
    static Path corpus(Path dir, String text) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, text, StandardCharsets.UTF_8);
        ArticleText t = ArticleText.of(text);
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", t.sha256(), "id"));
        Entity putin = new Entity("e1", "Vladimir Putin", "PERSON");
        putin.mentions().add(span(t, "Vladimir Putin"));
        doc.add(putin);
        Entity budi = new Entity("e2", "Budi Santoso", "PERSON");
        budi.mentions().add(span(t, "Budi Santoso"));
        doc.add(budi);
        doc.add(new Claim("c1", span(t, "Harga beras naik 20 persen"), "Harga beras naik 20 persen"));
        Files.writeString(DocumentFiles.curated(article).sidecar(), SidecarWriter.toJson(doc), StandardCharsets.UTF_8);
        return article;
    }

    static Span span(ArticleText t, String quote) {
        int u = t.text().indexOf(quote);
        return Span.of(t, t.toCodePoint(u), t.toCodePoint(u + quote.length()));
    }

    @Test
    void reanchorMovesSpansSavesWithBackupAndExitsZero() throws Exception {
        Path article = corpus(dir, TEXT);
        byte[] before = Files.readAllBytes(DocumentFiles.curated(article).sidecar());
        Files.writeString(article, "Paragraf baru.\n" + TEXT.replace("20 persen", "25 persen"));

        CliRun validate = CliRun.of("validate", dir.toString());
        assertEquals(1, validate.exit());
        assertTrue(validate.err().contains("the article text has drifted"), validate.err());
        assertTrue(validate.err().contains("3 of 3 spans no longer match"), validate.err());

        CliRun run = CliRun.of("reanchor", dir.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 moved, 1 changed (marked for review), 0 orphaned"), run.out());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("a.annotations.json.bak")), "previous version kept as .bak");
        AnnotatedDocument saved = SidecarReader.read("x", Files.readString(DocumentFiles.curated(article).sidecar())).document();
        assertEquals(Anchor.REVIEW, saved.claim("c1").span().anchor());
        assertEquals("Harga beras naik 25 persen", saved.claim("c1").span().exact());
        assertEquals(0, CliRun.of("validate", dir.toString()).exit(), "valid again after re-anchoring");
    }

    @Test
    void orphanedSpansAreKeptAndExitCodeIsThree() throws Exception {
        Path article = corpus(dir, TEXT);
        Files.writeString(article, "Kim Jong Un mengirim pesan kepada Vladimir Putin.\nTidak ada kutipan lagi.\n");

        CliRun run = CliRun.of("reanchor", article.toString());

        assertEquals(3, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("0 moved, 0 changed (marked for review), 2 orphaned"), run.out());
        AnnotatedDocument saved = SidecarReader.read("x", Files.readString(DocumentFiles.curated(article).sidecar())).document();
        assertEquals(3, saved.size(), "orphans are never dropped");
        assertEquals(Anchor.ORPHANED, saved.entity("e2").mentions().get(0).anchor());
        assertEquals("Budi Santoso", saved.entity("e2").mentions().get(0).exact());
    }

    @Test
    void unchangedTextIsLeftAloneAndNothingIsWritten() throws Exception {
        Path article = corpus(dir, TEXT);
        byte[] before = Files.readAllBytes(DocumentFiles.curated(article).sidecar());

        CliRun run = CliRun.of("reanchor", dir.toString());

        assertEquals(0, run.exit());
        assertTrue(run.out().contains("text unchanged"));
        assertArrayEquals(before, Files.readAllBytes(DocumentFiles.curated(article).sidecar()));
        assertFalse(Files.exists(dir.resolve("a.annotations.json.bak")));
    }

    @Test
    void brokenSidecarIsAnErrorAndIsNotTouched() throws Exception {
        Path article = corpus(dir, TEXT);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, "{\"format\": \"tandai-annotations\", \"version\": 1, ");
        byte[] before = Files.readAllBytes(sidecar);
        Files.writeString(article, "x" + TEXT);

        CliRun run = CliRun.of("reanchor", dir.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("a.annotations.json: line 1"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
    }
}
