package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusMarksTest {
    @TempDir
    Path dir;

    @Test
    void doneMarksSurviveASaveAndKeepUnknownFields() throws Exception {
        Files.writeString(dir.resolve(CorpusMarks.FILE_NAME),
                "{\"format\": \"tandai-corpus\", \"version\": 1, \"done\": [\"a.txt\", \"../evil.txt\"], \"reviewer\": \"Budi\"}");
        CorpusMarks m = CorpusMarks.load(dir);
        assertTrue(m.isDone("a.txt"));
        assertFalse(m.isDone("../evil.txt"), "names outside the folder are ignored");
        m.setDone("b.txt", true);
        m.setDone("a.txt", false);
        m.save(dir, new SidecarStore());
        String json = Files.readString(dir.resolve(CorpusMarks.FILE_NAME));
        assertTrue(json.contains("\"b.txt\"") && !json.contains("\"a.txt\""), json);
        assertTrue(json.contains("\"reviewer\": \"Budi\""), json);
        assertTrue(CorpusMarks.load(dir).isDone("b.txt"));
    }

    @Test
    void aMissingFileMeansNothingIsDoneAndABrokenOneIsReportedUntouched() throws Exception {
        assertFalse(CorpusMarks.load(dir).isDone("a.txt"));
        Files.writeString(dir.resolve(CorpusMarks.FILE_NAME), "{\"done\": [");
        StoreException e = assertThrows(StoreException.class, () -> CorpusMarks.load(dir));
        assertTrue(e.getMessage().contains(CorpusMarks.FILE_NAME), e.getMessage());
        assertTrue(Files.readString(dir.resolve(CorpusMarks.FILE_NAME)).equals("{\"done\": ["));
    }

    @Test
    void twoWindowsMarkingDifferentArticlesKeepEachOthersMarks() throws Exception {
        CorpusMarks windowA = CorpusMarks.load(dir);
        CorpusMarks windowB = CorpusMarks.load(dir);
        windowA.setDone("a.txt", true);
        windowA.save(dir, new SidecarStore());
        windowB.setDone("b.txt", true);
        windowB.save(dir, new SidecarStore());

        CorpusMarks onDisk = CorpusMarks.load(dir);
        assertTrue(onDisk.isDone("a.txt"), "B's save re-read the file under its lock and kept A's mark");
        assertTrue(onDisk.isDone("b.txt"));
        assertTrue(windowB.isDone("a.txt"), "B now shows A's mark too");
    }
}
