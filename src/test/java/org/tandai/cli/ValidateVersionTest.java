package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.TestFiles;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;

/** {@code validate} accepts sidecars of both format versions and says which are still at version 1. */
class ValidateVersionTest {
    @TempDir
    Path tmp;

    @Test
    void aVersionOneFileIsValidAndNamedAsStillAtVersionOne() throws Exception {
        Path article = TestFiles.copyFixture("seed-v1", tmp.resolve("corpus")).resolve(TestFiles.SEED_ARTICLE);
        byte[] before = Files.readAllBytes(DocumentFiles.curated(article).sidecar());
        CliRun run = CliRun.of("validate", article.getParent().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(DocumentFiles.curated(article).sidecar() + ": version: warning: still at format version 1;"
                + " it loads as version 2, and its next save writes version 2 and keeps this file as"
                + " 000_39d3cf8f1d629551.annotations.json.v1.bak"), run.err());
        assertTrue(run.out().contains("1 document(s) checked, 0 error(s), 1 warning(s)"), run.out());
        assertArrayEquals(before, Files.readAllBytes(DocumentFiles.curated(article).sidecar()), "validate never writes");
    }

    @Test
    void aVersionTwoFileGetsNoVersionNotice() {
        Path article = TestFiles.seed(tmp.resolve("corpus"));
        CliRun run = CliRun.of("validate", article.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("format version"), run.err());
        assertTrue(run.out().contains("1 document(s) checked, 0 error(s), 0 warning(s)"), run.out());
    }
}
