package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.synth.SyntheticCorpus;

/**
 * Issue 14, item 8: an export that fails midway (here the third article cannot be read, as a full
 * or vanished disk would do) leaves whole files only: brat pairs with their annotation.conf, no
 * corpus-wide file cut short, no temporary file; and the message says which articles are written.
 */
class InterruptedExportTest {
    @TempDir
    Path tmp;

    /**
     * A store whose load of the third article fails the way a disk that filled up or went away makes
     * it fail. Keyed by name, not by call count: articles are loaded a few at a time on several threads.
     */
    private static final class FailingStore extends SidecarStore {
        @Override
        public Loaded loadOnce(org.tandai.store.DocumentFiles article, TagSet tags) throws StoreException {
            if (article.article().getFileName().toString().equals("n0002.txt")) {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
            return super.loadOnce(article, tags);
        }
    }

    private Path corpus() throws Exception {
        Path c = tmp.resolve("corpus");
        SyntheticCorpus.write(c, "n", 5, 11, 600, 12);
        return c;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static StoreException failedExport(Format f, Path corpus, Path out) {
        return assertThrows(StoreException.class, () -> new ExportService(new FailingStore()).run(f, List.of(corpus), out,
                ClaimReviewSettings.EMPTY, Progress.NONE, p -> { }));
    }

    @Test
    void bratStoppedMidwayKeepsWholePairsWithTheirConfAndSaysWhichArticles() throws Exception {
        Path corpus = corpus();
        Path out = tmp.resolve("out");
        StoreException e = failedExport(Format.BRAT, corpus, out);
        assertEquals(corpus.resolve("n0002.txt") + ": export: stopped: cannot write: No space left on device; 2 article(s) "
                + "are written whole (n0000.txt \u2026 n0001.txt, in name order) with their annotation.conf; the others were "
                + "not written", e.problem().toString().replace("error: ", ""));
        assertEquals(List.of("annotation.conf", "n0000.ann", "n0000.txt", "n0001.ann", "n0001.txt"), names(out));
        assertTrue(Files.readString(out.resolve("annotation.conf")).contains("[entities]"));
    }

    @Test
    void bratReExportStoppedMidwayLeavesNoTemporaryFileAndTheOlderPairsWhole() throws Exception {
        Path corpus = corpus();
        Path out = tmp.resolve("out");
        new ExportService(new SidecarStore()).run(Format.BRAT, List.of(corpus), out, ClaimReviewSettings.EMPTY,
                Progress.NONE, p -> { });
        byte[] oldAnn = Files.readAllBytes(out.resolve("n0004.ann"));
        failedExport(Format.BRAT, corpus, out);
        assertEquals(List.of("annotation.conf", "n0000.ann", "n0000.txt", "n0001.ann", "n0001.txt", "n0002.ann", "n0002.txt",
                "n0003.ann", "n0003.txt", "n0004.ann", "n0004.txt"), names(out), "no .tandai-export-*.tmp file remains");
        assertArrayEquals(oldAnn, Files.readAllBytes(out.resolve("n0004.ann")));
    }

    @Test
    void labelStudioStoppedMidwayWritesNoTasksFileAndKeepsThePreviousOneWhole() throws Exception {
        Path corpus = corpus();
        Path fresh = tmp.resolve("fresh");
        StoreException e = failedExport(Format.LABELSTUDIO, corpus, fresh);
        assertTrue(e.getMessage().contains("nothing was written: tasks.json and config.xml come(s) into place only when "
                + "the export completes, so any previous one is unchanged"), e.getMessage());
        assertEquals(List.of(), names(fresh), "no cut-off tasks.json, no config.xml, no temporary file");

        Path out = tmp.resolve("out");
        new ExportService(new SidecarStore()).run(Format.LABELSTUDIO, List.of(corpus), out, ClaimReviewSettings.EMPTY,
                Progress.NONE, p -> { });
        byte[] tasks = Files.readAllBytes(out.resolve("tasks.json"));
        failedExport(Format.LABELSTUDIO, corpus, out);
        assertEquals(List.of("config.xml", "tasks.json"), names(out));
        assertArrayEquals(tasks, Files.readAllBytes(out.resolve("tasks.json")));
        assertEquals(5, JsonParser.parseString(new String(tasks, java.nio.charset.StandardCharsets.UTF_8)).getAsJsonArray().size());
    }

    @Test
    void jsonlAndConllStoppedMidwayLeaveNoFile() throws Exception {
        Path corpus = corpus();
        for (Format f : List.of(Format.JSONL, Format.CONLL)) {
            Path out = tmp.resolve("out-" + f.key());
            failedExport(f, corpus, out);
            assertEquals(List.of(), names(out), f.key());
        }
    }

    @Test
    void cancelledLabelStudioExportIsWholeValidJsonWithTheArticlesDoneAndItsConfig() throws Exception {
        Path corpus = corpus();
        Path out = tmp.resolve("out");
        Progress cancelAfterTwo = new Progress() {
            private int done;

            @Override
            public void update(int d, int total, String item) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 2;
            }
        };
        ExportService.Summary s = new ExportService(new SidecarStore()).run(Format.LABELSTUDIO, List.of(corpus), out,
                ClaimReviewSettings.EMPTY, cancelAfterTwo, p -> { });
        assertEquals("exported 2 article(s) as labelstudio to " + out + " (n0000.txt \u2026 n0001.txt) before it was "
                + "cancelled; the others were not exported", s.describe(Format.LABELSTUDIO, out));
        assertEquals(List.of("config.xml", "tasks.json"), names(out));
        assertEquals(2, JsonParser.parseString(Files.readString(out.resolve("tasks.json"))).getAsJsonArray().size());
    }
}
