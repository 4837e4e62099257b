package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.CorpusMarks;
import org.tandai.store.SidecarStore;

class ClaimReviewSettingsTest {

    @Test
    void settingsShareTandaiCorpusJsonWithDoneMarksAndSurviveTheirSave(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tandai-corpus.json"), "{\"format\": \"tandai-corpus\", \"version\": 1, \"done\": [\"a.txt\"],"
                + " \"claimReview\": {\"publisher\": \"Cek Fakta\", \"publisherUrl\": \"https://cf.example.id\","
                + " \"baseUrl\": \"https://cf.example.id/r\"}}");
        CorpusMarks marks = CorpusMarks.load(dir);
        marks.setDone("b.txt", true);
        marks.save(dir, new SidecarStore());
        Fixtures.Collect problems = new Fixtures.Collect();
        ClaimReviewSettings s = ClaimReviewSettings.read(dir, problems);
        assertTrue(problems.all.isEmpty(), problems.all.toString());
        assertEquals(new ClaimReviewSettings("Cek Fakta", "https://cf.example.id", "https://cf.example.id/r"), s);
        assertEquals(new ClaimReviewSettings("Other", "https://cf.example.id", "https://cf.example.id/r"),
                s.with("Other", null, null), "command-line options override the file");
    }

    @Test
    void aBrokenSettingsFileIsAWarningNotAFailedExport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tandai-corpus.json"), "{\"claimReview\": ");
        Fixtures.Collect problems = new Fixtures.Collect();
        assertEquals(ClaimReviewSettings.EMPTY, ClaimReviewSettings.read(dir, problems));
        assertTrue(problems.mentions("tandai-corpus.json: line 1, column 16: warning: cannot read the corpus settings (invalid JSON: the file ends early (truncated?))"),
                problems.all.toString());
        assertEquals(ClaimReviewSettings.EMPTY, ClaimReviewSettings.read(dir.resolve("missing"), new Fixtures.Collect()));
    }
}
