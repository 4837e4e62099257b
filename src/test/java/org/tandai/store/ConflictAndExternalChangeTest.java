package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;

class ConflictAndExternalChangeTest {
    @TempDir
    Path dir;

    private final SidecarStore store = new SidecarStore();

    Path corpus() throws Exception {
        return Fixtures.corpus(dir);
    }

    static void addEntity(AnnotatedDocument doc, String name) {
        Entity e = new Entity(doc.newId(org.tandai.model.Kind.ENTITY), name, "PERSON");
        e.mentions().add(doc.entities().get(0).mentions().get(0));
        doc.add(e);
    }

    @Test
    void saveRefusesWhenTheSidecarChangedSinceItWasRead() throws Exception {
        Path article = corpus();
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String theirs = Files.readString(sidecar).replace("\"Vladimir Putin\"", "\"V. Putin\"");
        Files.writeString(sidecar, theirs);
        byte[] onDisk = Files.readAllBytes(sidecar);
        addEntity(opened.loaded().document(), "mine");

        ConflictException e = assertThrows(ConflictException.class,
                () -> store.save(article, opened.loaded().document(), opened.sidecar()));

        assertTrue(e.getMessage().contains("a.annotations.json: save: the file was changed by another program"), e.getMessage());
        assertArrayEquals(onDisk, Files.readAllBytes(sidecar), "their file is untouched");
        assertFalse(Files.exists(dir.resolve("a.annotations.json.bak")));
    }

    @Test
    void saveWithTheFingerprintItReadSucceedsAndChainsToTheNextSave() throws Exception {
        Path article = corpus();
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        addEntity(opened.loaded().document(), "first");
        Fingerprint next = store.save(article, opened.loaded().document(), opened.sidecar());
        addEntity(opened.loaded().document(), "second");
        store.save(article, opened.loaded().document(), next);

        String json = Files.readString(DocumentFiles.curated(article).sidecar());
        assertTrue(json.contains("\"second\""));
        assertEquals(Fingerprint.of(DocumentFiles.curated(article).sidecar()).sha256(),
                Fingerprint.ofBytes(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void saveDoesNotRecreateASidecarDeletedSinceItWasRead() throws Exception {
        Path article = corpus();
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        Files.delete(DocumentFiles.curated(article).sidecar());

        assertThrows(ConflictException.class, () -> store.save(article, opened.loaded().document(), opened.sidecar()));
        assertFalse(Files.exists(DocumentFiles.curated(article).sidecar()));
    }

    @Test
    void keepBothPutsTheirsAsideUnderAClearNameAndSavesMine() throws Exception {
        Path article = corpus();
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"Vladimir Putin\"", "\"V. Putin\""));
        byte[] theirs = Files.readAllBytes(sidecar);
        addEntity(opened.loaded().document(), "mine");

        SidecarStore.KeptBoth kept = store.keepBoth(DocumentFiles.curated(article), opened.loaded().document(),
                Instant.parse("2026-11-24T10:15:00Z"));

        assertEquals(dir.resolve("a.annotations.theirs-2026-11-24T10-15-00Z.json"), kept.theirs());
        assertArrayEquals(theirs, Files.readAllBytes(kept.theirs()));
        assertTrue(Files.readString(sidecar).contains("\"mine\""));
        // A second keep-both in the same second never overwrites the first copy.
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"mine\"", "\"theirs again\""));
        SidecarStore.KeptBoth again = store.keepBoth(DocumentFiles.curated(article), opened.loaded().document(),
                Instant.parse("2026-11-24T10:15:00Z"));
        assertEquals(dir.resolve("a.annotations.theirs-2026-11-24T10-15-00Z-2.json"), again.theirs());
        assertArrayEquals(theirs, Files.readAllBytes(kept.theirs()));
        assertTrue(Files.readString(again.theirs()).contains("theirs again"));
    }

    @Test
    void detectorReportsChangesToSidecarAndArticleButNotATouch() throws Exception {
        Path article = corpus();
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        ExternalChangeDetector detector = new ExternalChangeDetector(DocumentFiles.curated(article), opened.sidecar(), opened.article());
        Path sidecar = DocumentFiles.curated(article).sidecar();

        assertFalse(detector.poll().any());
        Files.setLastModifiedTime(sidecar, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertFalse(detector.poll().any(), "a touch without a change is not a change");

        Files.writeString(article, Files.readString(article) + "Tambahan.\n");
        ExternalChangeDetector.Change c = detector.poll();
        assertTrue(c.article());
        assertFalse(c.sidecar());
        assertTrue(detector.poll().article(), "stays reported until accepted");
        detector.accept(c.sidecarNow(), c.articleNow());
        assertFalse(detector.poll().any());

        Files.writeString(sidecar, Files.readString(sidecar).replace("Putin", "Poetin"));
        assertTrue(detector.poll().sidecar());
        Files.delete(sidecar);
        ExternalChangeDetector.Change gone = detector.poll();
        assertTrue(gone.sidecar());
        assertFalse(gone.sidecarNow().exists());
    }

    @Test
    void newerFormatVersionIsNeverOverwrittenEvenWithAMatchingFingerprint() throws Exception {
        Path article = corpus();
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, Files.readString(sidecar).replaceFirst("\"version\": [0-9]+", "\"version\": 3"));
        byte[] before = Files.readAllBytes(sidecar);
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        assertTrue(opened.loaded().readOnly());

        StoreException e = assertThrows(StoreException.class,
                () -> store.save(article, opened.loaded().document(), opened.sidecar()));

        assertTrue(e.getMessage().contains("a.annotations.json: version: written by a newer Tandai"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        assertThrows(StoreException.class, () -> store.save(article, opened.loaded().document()),
                "the plain save refuses too");
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        assertFalse(Files.exists(dir.resolve("a.annotations.json.bak")));
    }
}
