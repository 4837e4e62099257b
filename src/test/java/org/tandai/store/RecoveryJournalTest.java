package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;

class RecoveryJournalTest {
    @TempDir
    Path dir;

    private final SidecarStore store = new SidecarStore();
    private final List<StoreException> errors = new ArrayList<>();

    @Test
    void journalHoldsUnsavedEditsAndIsOfferedOnTheNextStart() throws Exception {
        Path article = Fixtures.corpus(dir);
        byte[] sidecarBefore = Files.readAllBytes(DocumentFiles.curated(article).sidecar());
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        AnnotatedDocument doc = opened.loaded().document();
        ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
        RecoveryJournal journal = new RecoveryJournal(store, io, Runnable::run, Duration.ofMillis(50), errors::add);

        ConflictAndExternalChangeTest.addEntity(doc, "unsaved one");
        journal.changed(DocumentFiles.curated(article), doc, opened.sidecar());
        ConflictAndExternalChangeTest.addEntity(doc, "unsaved two");
        journal.changed(DocumentFiles.curated(article), doc, opened.sidecar());
        io.shutdown();  // delayed writes still run; this waits for them instead of sleeping
        assertTrue(io.awaitTermination(10, TimeUnit.SECONDS));

        Path hidden = dir.resolve(".a.annotations.json.recovery");
        assertTrue(Files.exists(hidden));
        assertArrayEquals(sidecarBefore, Files.readAllBytes(DocumentFiles.curated(article).sidecar()), "the sidecar is not touched");
        RecoveryJournal next = new RecoveryJournal(store, Executors.newSingleThreadScheduledExecutor(), Runnable::run,
                Duration.ofSeconds(1), errors::add);
        List<RecoveryJournal.Recovery> found = next.find(dir);
        assertEquals(1, found.size());
        assertEquals(article, found.get(0).article());
        assertEquals(7, found.get(0).annotations());
        assertFalse(found.get(0).upToDate());
        assertFalse(found.get(0).baseChanged());
        AnnotatedDocument restored = next.restore(DocumentFiles.curated(article)).document();
        assertEquals(List.of("e1", "e2", "e3", "e4"), restored.entities().stream().map(e -> e.id()).sorted().toList());
        assertTrue(restored.extras().isEmpty(), "the recovery block never leaks into a saved sidecar");
        assertTrue(errors.isEmpty());
    }

    @Test
    void successfulSaveAndDiscardRemoveTheJournal() throws Exception {
        Path article = Fixtures.corpus(dir);
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        AnnotatedDocument doc = opened.loaded().document();
        RecoveryJournal journal = new RecoveryJournal(store, Executors.newSingleThreadScheduledExecutor(), Runnable::run,
                Duration.ofSeconds(1), errors::add);
        ConflictAndExternalChangeTest.addEntity(doc, "x");
        journal.write(DocumentFiles.curated(article), doc, opened.sidecar());
        assertTrue(Files.exists(DocumentFiles.curated(article).journal()));

        store.save(article, doc, opened.sidecar());
        // A crash right here leaves a journal equal to the saved file: found, but nothing to offer.
        assertTrue(journal.find(dir).get(0).upToDate());
        journal.discard(DocumentFiles.curated(article));

        assertFalse(Files.exists(DocumentFiles.curated(article).journal()));
        assertTrue(journal.find(dir).isEmpty());
    }

    @Test
    void journalBasedOnAnOlderSidecarSaysTheBaseChanged() throws Exception {
        Path article = Fixtures.corpus(dir);
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        RecoveryJournal journal = new RecoveryJournal(store, Executors.newSingleThreadScheduledExecutor(), Runnable::run,
                Duration.ofSeconds(1), errors::add);
        journal.write(DocumentFiles.curated(article), opened.loaded().document(), opened.sidecar());
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, Files.readString(sidecar).replace("Putin", "Poetin"));

        assertTrue(journal.find(dir).get(0).baseChanged());
    }
}
