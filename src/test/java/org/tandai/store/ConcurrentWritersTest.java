package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.ChildJvm;

/**
 * Two real processes save the same sidecar, each with the fingerprint it read (issue 14: two
 * {@code reanchor} runs both reported success and the second replaced what the first had written).
 * The write lock is held from the fingerprint check to the rename, so the second writer waits, then
 * sees the file changed and refuses; nothing is overwritten and no temporary file is left.
 */
class ConcurrentWritersTest {
    /** How long the second writer gets to (wrongly) write while the first is between check and rename. */
    static final long RACE_WINDOW_SECONDS = 2;

    @TempDir
    Path dir;

    @Test
    void secondOfTwoProcessesSavingTheSameFileFailsWithAConflictInsteadOfOverwriting() throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String original = Files.readString(sidecar, StandardCharsets.UTF_8);
        try (ChildJvm first = ChildJvm.start(RacingSaver.class, List.of(), article.toString(), "First Writer", "pause")) {
            first.expect("inside", 60);  // checked the fingerprint, wrote its temp file, not renamed yet
            try (ChildJvm second = ChildJvm.start(RacingSaver.class, List.of(), article.toString(), "Second Writer")) {
                second.expect("read", 60);  // read the same (still original) file
                assertNull(second.await(l -> l.startsWith("inside") || l.startsWith("saved"), RACE_WINDOW_SECONDS),
                        "the second writer must wait while the first is between its check and its rename: "
                                + second.output());

                first.send("go");
                assertEquals(0, first.exitCode(60), first.output());
                assertEquals(2, second.exitCode(60), second.output());
                assertTrue(second.output().contains("conflict " + sidecar
                        + ": save: the file was changed by another program since Tandai read it; not overwritten"),
                        second.output());
            }
        }
        String onDisk = Files.readString(sidecar, StandardCharsets.UTF_8);
        assertTrue(onDisk.contains("\"name\": \"First Writer\""), onDisk);
        assertFalse(onDisk.contains("Second Writer"), "the loser overwrote nothing");
        assertEquals(original, Files.readString(DocumentFiles.curated(article).backup(), StandardCharsets.UTF_8));
        assertEquals(List.of("a.annotations.json", "a.annotations.json.bak", "a.txt"), names(),
                "no temporary file, backup link or lock file is left");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
