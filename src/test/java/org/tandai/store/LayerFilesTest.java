package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;

/**
 * The store side of a layer's lifecycle, without the toolkit: every file of an (article, layer)
 * pair is in the layer's folder, the first save creates {@code annotators/SLUG/}, and save, keep
 * both, the journal and the lock never touch the curated files beside the article.
 */
class LayerFilesTest {
    @TempDir
    Path tmp;

    private final SidecarStore store = new SidecarStore();
    private final Layer budi = Layer.ofAnnotator("Budi");

    private Path corpus() {
        return TestFiles.copyFolder(TestFiles.resource("corpus"), tmp.resolve("c"));
    }

    @Test
    void everyFileOfALayerIsInItsFolderAndTheArticleStaysInTheCorpus() {
        Path dir = tmp.resolve("c");
        Path article = dir.resolve("alpha.txt");
        DocumentFiles f = CorpusLayout.withTeamFlag(dir, true).files(article, budi);
        Path folder = dir.resolve("annotators/budi");
        assertEquals(article, f.article());
        assertEquals(folder.resolve("alpha.annotations.json"), f.sidecar());
        assertEquals(folder.resolve("alpha.annotations.json.bak"), f.backup());
        assertEquals(folder.resolve("alpha.annotations.json.v1.bak"), f.v1Backup());
        assertEquals(folder.resolve(".alpha.annotations.json.recovery"), f.journal());
        assertEquals(folder.resolve(".alpha.annotations.json.open"), f.lock());
        assertEquals(folder.resolve("alpha.annotations.theirs-2026-12-02T01-02-03Z.json"),
                f.theirs(Instant.parse("2026-12-02T01:02:03Z")));
        assertEquals(folder.resolve("alpha.annotations.theirs-2026-12-02T01-02-03Z-2.json"),
                f.theirs(Instant.parse("2026-12-02T01:02:03Z"), 2));
        assertEquals("annotators/budi/alpha.annotations.json", f.sidecarName());
        assertEquals(DocumentFiles.curated(article), CorpusLayout.withTeamFlag(dir, false).files(article, Layer.CURATED));
        assertEquals(f, CorpusLayout.filesOfSidecar(f.sidecar()));
        assertEquals(Layer.CURATED, CorpusLayout.filesOfSidecar(dir.resolve("alpha.annotations.json")).layer());
    }

    @Test
    void theFirstSaveOfALayerCreatesItsFolderAndLeavesTheCuratedFileAlone() throws Exception {
        Path dir = corpus();
        Path article = dir.resolve("alpha.txt");
        byte[] curated = Files.readAllBytes(dir.resolve("alpha.annotations.json"));
        DocumentFiles f = CorpusLayout.of(dir).files(article, budi);

        SidecarStore.Opened opened = store.open(f, TagSet.defaults());
        assertFalse(opened.loaded().sidecarExists(), "a new layer starts empty");
        assertEquals(0, opened.loaded().document().size());
        AnnotatedDocument doc = opened.loaded().document();
        doc.add(Fixtures.entityIn(doc, article, "Jakarta", "LOCATION"));
        Fingerprint saved = store.save(f, doc, opened.sidecar());

        assertTrue(Files.isRegularFile(f.sidecar()));
        assertTrue(Files.readString(f.sidecar(), StandardCharsets.UTF_8).contains("\"file\": \"alpha.txt\""));
        assertEquals(saved.sha256(), Fingerprint.of(f.sidecar()).sha256());
        assertArrayEquals(curated, Files.readAllBytes(dir.resolve("alpha.annotations.json")));
        assertTrue(CorpusLayout.of(dir).teamMode(), "the annotators/ folder now exists");
        assertEquals(List.of(Layer.CURATED, budi), CorpusLayout.of(dir).layersOf(article));

        SidecarStore.KeptBoth kept = store.keepBoth(f, doc, Instant.parse("2026-12-02T01:02:03Z"));
        assertEquals(f.theirs(Instant.parse("2026-12-02T01:02:03Z")), kept.theirs());
        assertArrayEquals(curated, Files.readAllBytes(dir.resolve("alpha.annotations.json")));
    }

    @Test
    void openingAnAnnotatorsSidecarOpensTheCorpusFolderOnItsArticle() throws Exception {
        Path dir = corpus();
        DocumentFiles f = CorpusLayout.of(dir).files(dir.resolve("alpha.txt"), budi);
        store.save(f, store.open(f, TagSet.defaults()).loaded().document());
        OpenTarget t = OpenTarget.of(f.sidecar());
        assertEquals(dir.toAbsolutePath().normalize(), t.folder());
        assertEquals("alpha.txt", t.article());
    }

    @Test
    void aSaveIntoALayerFolderThatLeadsOutOfTheCorpusIsRefused() throws Exception {
        Path dir = corpus();
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(dir.resolve("annotators"));
        Files.createSymbolicLink(dir.resolve("annotators/budi"), outside);
        DocumentFiles f = CorpusLayout.of(dir).files(dir.resolve("alpha.txt"), budi);
        AnnotatedDocument doc = store.open(f, TagSet.defaults()).loaded().document();

        StoreException e = assertThrows(StoreException.class, () -> store.save(f, doc, Fingerprint.ABSENT));
        assertTrue(e.problem().message().contains("outside the corpus folder"), e.problem().toString());
        assertEquals(List.of(), List.of(outside.toFile().list()), "nothing written through the link");
    }

    @Test
    void theJournalAndTheLockOfALayerAreItsOwn() throws Exception {
        Path dir = corpus();
        Path article = dir.resolve("alpha.txt");
        CorpusLayout layout = CorpusLayout.of(dir);
        DocumentFiles mine = layout.files(article, budi);
        layout.ensureFolder(budi);
        AnnotatedDocument doc = store.open(mine, TagSet.defaults()).loaded().document();
        doc.add(Fixtures.entityIn(doc, article, "Jakarta", "LOCATION"));
        try (RecoveryJournal journal = new RecoveryJournal(store, null, Runnable::run, java.time.Duration.ofSeconds(1), e -> { })) {
            journal.write(mine, doc, Fingerprint.ABSENT);
            assertTrue(Files.exists(mine.journal()));
            assertFalse(Files.exists(DocumentFiles.curated(article).journal()));
            List<RecoveryJournal.Recovery> found = journal.find(layout, budi);
            assertEquals(1, found.size());
            assertEquals(mine, found.get(0).files());
            assertEquals(List.of(), journal.find(dir), "the curated layer has no journal");
            assertEquals(1, journal.restore(mine).document().size());
        }
        ArticleLock.Claim a = ArticleLock.claim(mine, "Budi", Instant.now());
        ArticleLock.Claim b = ArticleLock.claim(DocumentFiles.curated(article), "Ani", Instant.now());
        try {
            assertNotNull(a.lock(), "Budi's layer is his");
            assertNotNull(b.lock(), "the curated layer of the same article can be open at the same time");
            assertTrue(Files.exists(mine.lock()));
        } finally {
            a.lock().close();
            b.lock().close();
        }
    }
}
