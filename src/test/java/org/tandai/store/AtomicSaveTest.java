package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;

class AtomicSaveTest {
    @TempDir
    Path tmp;

    /** A store whose disk fills up halfway through writing the temporary file. */
    private static final class FullDiskStore extends SidecarStore {
        @Override
        protected void writeTemp(Path file, byte[] bytes) throws IOException {
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("No space left on device");
        }
    }

    @Test
    void failedWriteLeavesTheOldFileIntactAndNoTemporaryFiles() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        byte[] before = Files.readAllBytes(sidecar);
        AnnotatedDocument doc = new SidecarStore().load(article, TagSet.defaults()).document();
        doc.entities().clear();
        StoreException e = assertThrows(StoreException.class, () -> new FullDiskStore().save(article, doc));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.getMessage().contains("the previous file is unchanged"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void saveKeepsPreviousVersionAsBackup() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        byte[] original = Files.readAllBytes(sidecar);
        SidecarStore store = new SidecarStore();
        AnnotatedDocument doc = store.load(article, TagSet.defaults()).document();
        doc.claim("c2").setVerdict("false");
        store.save(article, doc);
        assertArrayEquals(original, Files.readAllBytes(DocumentFiles.curated(article).backup()));
        assertTrue(Files.readString(sidecar).contains("\"verdict\": \"false\""));
        doc.claim("c2").setVerdict("true");
        store.save(article, doc);
        assertTrue(Files.readString(DocumentFiles.curated(article).backup()).contains("\"verdict\": \"false\""));
    }

    @Test
    void saveKeepsTheFilePermissions() throws Exception {
        Path dir = TestFiles.copyFixture("small", tmp.resolve("c"));
        Path article = dir.resolve("artikel.txt");
        Path sidecar = DocumentFiles.curated(article).sidecar();
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        org.junit.jupiter.api.Assumptions.assumeTrue(sidecar.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(sidecar, perms);
        SidecarStore store = new SidecarStore();
        store.save(article, store.load(article, TagSet.defaults()).document());
        assertEquals(perms, Files.getPosixFilePermissions(sidecar));
    }

    @Test
    void firstSaveCreatesTheSidecarWithoutBackup() throws Exception {
        Path article = tmp.resolve("new.txt");
        Files.writeString(article, "Kim berkata.");
        SidecarStore store = new SidecarStore();
        SidecarStore.Loaded loaded = store.load(article, TagSet.defaults());
        assertEquals(false, loaded.sidecarExists());
        store.save(article, loaded.document());
        assertTrue(Files.readString(DocumentFiles.curated(article).sidecar()).contains("\"file\": \"new.txt\""));
        assertEquals(false, Files.exists(DocumentFiles.curated(article).backup()));
    }
}
