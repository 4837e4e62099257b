package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;

/** The corpus list's cheap count must agree with a full load, and refuse what a load refuses. */
class SidecarCountTest {
    private static final Path SEED = TestFiles.seedArticle();

    @Test
    void countsTheSeedLikeAFullLoad() throws Exception {
        AnnotatedDocument doc = new SidecarStore().load(SEED, TagSet.defaults()).document();
        SidecarFormat.Counts n = SidecarFormat.count(DocumentFiles.curated(SEED).sidecar());
        assertEquals(new SidecarFormat.Counts(doc.entities().size(), doc.claims().size(), doc.sources().size(), doc.relations().size()), n);
    }

    @Test
    void truncatedTrailingGarbageAndNonJsonFilesDoNotCount(@TempDir Path dir) throws Exception {
        String whole = Files.readString(DocumentFiles.curated(SEED).sidecar());
        Path f = dir.resolve("a.annotations.json");
        Files.writeString(f, whole.substring(0, whole.length() / 2));
        assertNull(SidecarFormat.count(f));
        Files.writeString(f, whole + "{}");
        assertNull(SidecarFormat.count(f));
        Files.writeString(f, "[1, 2]");
        assertNull(SidecarFormat.count(f));
        Files.writeString(f, "[".repeat(100_000));
        assertNull(SidecarFormat.count(f));
    }
}
