package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;

/** A save that fails half way (full disk, read-only folder) leaves the old file whole and says why. */
class FailedSaveTest {
    @TempDir
    Path dir;

    /** Writes half of the bytes, then fails the way a full disk does. */
    static final class FullDisk extends SidecarStore {
        @Override
        protected void writeTemp(Path tmp, byte[] bytes) throws IOException {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
            }
            throw new FileSystemException(tmp.toString(), null, "No space left on device");
        }

        @Override
        protected void streamTemp(Path tmp, AtomicWriter.Body body) throws IOException {
            // The recovery journal is streamed: the same full disk.
            writeTemp(tmp, AtomicWriter.bytesOf(body));
        }
    }

    /** Fails the way a folder without write permission does. */
    static final class ReadOnlyFolder extends SidecarStore {
        @Override
        protected void writeTemp(Path tmp, byte[] bytes) throws IOException {
            throw new AccessDeniedException(tmp.toString());
        }

        @Override
        protected void streamTemp(Path tmp, AtomicWriter.Body body) throws IOException {
            throw new AccessDeniedException(tmp.toString());
        }
    }

    private AnnotatedDocument edited(Path article) throws Exception {
        AnnotatedDocument doc = new SidecarStore().load(article, TagSet.defaults()).document();
        ConflictAndExternalChangeTest.addEntity(doc, "unsaved work");
        return doc;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fullDiskLeavesTheOldFileAndNoTempFileAndSaysSo() throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        byte[] before = Files.readAllBytes(sidecar);
        List<String> namesBefore = names();
        Fingerprint fp = Fingerprint.of(sidecar);

        StoreException e = assertThrows(StoreException.class, () -> new FullDisk().save(article, edited(article), fp));

        assertEquals(sidecar + ": save: could not save (No space left on device); the previous file is unchanged", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        assertEquals(namesBefore, names(), "no temp file or backup left behind");
    }

    @Test
    void readOnlyFolderLeavesTheOldFileAndSaysPermissionDenied() throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        byte[] before = Files.readAllBytes(sidecar);

        StoreException e = assertThrows(StoreException.class, () -> new ReadOnlyFolder().save(article, edited(article)));

        assertEquals(sidecar + ": save: could not save (permission denied); the previous file is unchanged", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
    }

    @Test
    void reallyReadOnlyFolderWhenNotRoot() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root ignores permissions");
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        byte[] before = Files.readAllBytes(sidecar);
        AnnotatedDocument doc = edited(article);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            StoreException e = assertThrows(StoreException.class, () -> new SidecarStore().save(article, doc));
            assertTrue(e.getMessage().contains("the previous file is unchanged"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(sidecar));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failedJournalWriteIsReportedNotThrownIntoTheEditor() throws Exception {
        Path article = Fixtures.corpus(dir);
        java.util.concurrent.ScheduledExecutorService io = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.CompletableFuture<StoreException> reported = new java.util.concurrent.CompletableFuture<>();
        RecoveryJournal journal = new RecoveryJournal(new FullDisk(), io, Runnable::run,
                java.time.Duration.ofMillis(50), reported::complete);
        try {
            // changed() is what an editor calls: it must return, and the failure must reach the callback.
            journal.changed(DocumentFiles.curated(article), edited(article), Fingerprint.of(DocumentFiles.curated(article).sidecar()));
            StoreException e = reported.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(e.getMessage().contains(".a.annotations.json.recovery: save: could not save (No space left on device)"),
                    e.getMessage());
        } finally {
            io.shutdownNow();
        }
        assertEquals(List.of("a.annotations.json", "a.txt"), names(), "no journal and no temp file left");
    }

    @Test
    void loneSurrogateInAQuoteSurvivesASaveInsteadOfBecomingAQuestionMark() throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"exact\": \"kata\",", "\"exact\": \"\\ud83d\","));
        SidecarStore store = new SidecarStore();
        AnnotatedDocument doc = store.load(article, TagSet.defaults()).document();
        assertEquals("\ud83d", doc.source("s1").cue().exact());

        store.save(article, doc);

        String saved = Files.readString(sidecar);
        assertTrue(saved.contains("\"exact\": \"\\ud83d\""), "escaped, so the file stays valid UTF-8 and loses nothing");
        assertEquals("\ud83d", store.load(article, TagSet.defaults()).document().source("s1").cue().exact());
    }
}
