package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;

/**
 * Issue 14: temporary files left by a killed save ({@code .NAME….tmp}) are reported by
 * {@code validate} (which changes nothing) and removed by the next save when a later save
 * superseded them; one newer than the annotation file may hold an interrupted save and is kept.
 * A backup that already is a hard link of the file leaves no {@code .bak.<hex>.tmp} link behind.
 */
class LeftoverTempFilesTest {
    @TempDir
    Path dir;

    private Path article;
    private Path sidecar;

    private void corpus() throws Exception {
        article = dir.resolve("alpha.txt");
        sidecar = DocumentFiles.curated(article).sidecar();
        Files.copy(Path.of("src/test/resources/corpus/alpha.txt"), article);
        Files.copy(Path.of("src/test/resources/corpus/alpha.annotations.json"), sidecar);
    }

    private Path leftover(String name, long secondsFromSidecar) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"partial\": ", StandardCharsets.UTF_8);
        FileTime base = Files.getLastModifiedTime(sidecar);
        Files.setLastModifiedTime(p, FileTime.fromMillis(base.toMillis() + secondsFromSidecar * 1000));
        return p;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void validateNamesLeftoversAndTheNextSaveRemovesTheStaleOnesButKeepsANewerOne() throws Exception {
        corpus();
        Path stale = leftover(".alpha.annotations.json.1f2e3d4c5b6a7980.tmp", -60);
        Path staleLink = leftover(".alpha.annotations.json.bak.abcdef0123456789.tmp", -60);
        Path staleJournal = leftover("..alpha.annotations.json.recovery.0badcafe.tmp", -60);
        Path newer = leftover(".alpha.annotations.json.99aa.tmp", 60);
        List<String> before = names();

        CliRun v = CliRun.of("validate", dir.toString());

        assertEquals(0, v.exit(), v.err());
        assertTrue(v.err().contains(stale + ": file: warning: leftover temporary file of an interrupted save of "
                + "alpha.annotations.json, which has been saved since; Tandai deletes it at its next save in this folder"),
                v.err());
        assertTrue(v.err().contains(staleLink.getFileName().toString()), v.err());
        assertTrue(v.err().contains(staleJournal + ": file: warning: leftover temporary file of an interrupted save of "
                + ".alpha.annotations.json.recovery"), v.err());
        assertTrue(v.err().contains(newer + ": file: warning: leftover temporary file of an interrupted save of "
                + "alpha.annotations.json, newer than that file: it may hold the only copy of that save and is kept"), v.err());
        assertEquals(before, names(), "validate changes nothing");

        SidecarStore store = new SidecarStore();
        AnnotatedDocument doc = store.load(article, TagSet.defaults()).document();
        store.save(article, doc);

        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleLink));
        assertFalse(Files.exists(staleJournal));
        assertTrue(Files.exists(newer), "newer than the file when the save began: kept for recovery");
        assertEquals(List.of(newer.getFileName().toString(), "alpha.annotations.json", "alpha.annotations.json.bak",
                "alpha.txt"), names());
    }

    @Test
    void aBackupThatIsAlreadyAHardLinkOfTheFileLeavesNoTemporaryLinkBehind() throws Exception {
        corpus();
        // As after two saves that linked the same old file as their backup before either renamed.
        Files.createLink(DocumentFiles.curated(article).backup(), sidecar);
        SidecarStore store = new SidecarStore();
        AnnotatedDocument doc = store.load(article, TagSet.defaults()).document();
        store.save(article, doc);
        store.save(article, doc);

        assertEquals(List.of("alpha.annotations.json", "alpha.annotations.json.bak", "alpha.txt"), names(),
                "no .bak.<hex>.tmp link left");
    }
}
