package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandai.model.TagSet;
import org.tandai.store.CorpusCheck;
import org.tandai.store.DocumentFiles;
import org.tandai.store.OrderedPipeline;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.synth.SyntheticCorpus;

/**
 * Export and validate read articles a few ahead on several threads (decision 1210): whatever order
 * the reads finish in, the files written, the problems reported and their order are those of one
 * thread, errors still name their file and place, and Cancel stops at an article boundary.
 */
class PipelinedExportTest {
    @TempDir
    Path tmp;
    private Path corpus;

    /**
     * Holds back the first article until the third has been read, so reads finish out of order,
     * and records the order they finished in. With one thread it gives up waiting and goes on.
     */
    private static final class FirstArticleLast extends SidecarStore {
        final CountDownLatch thirdRead = new CountDownLatch(1);
        final List<String> finished = Collections.synchronizedList(new ArrayList<>());
        private final boolean wait;

        FirstArticleLast(boolean wait) {
            this.wait = wait;
        }

        @Override
        public Loaded loadOnce(DocumentFiles files, TagSet tags) throws StoreException {
            String name = files.article().getFileName().toString();
            try {
                if (wait && name.equals("p0000.txt")) {
                    awaitThird();
                }
                return super.loadOnce(files, tags);
            } finally {
                finished.add(name);
                if (name.equals("p0002.txt")) {
                    thirdRead.countDown();
                }
            }
        }

        private void awaitThird() {
            try {
                thirdRead.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @BeforeEach
    void corpusWithBrokenArticles() throws Exception {
        corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, "p", 8, 5, 900, 15);
        // p0003: a sidecar cut short (a syntax error with a line and column); p0005: its text changed.
        Path cut = corpus.resolve("p0003.annotations.json");
        String json = Files.readString(cut, StandardCharsets.UTF_8);
        Files.writeString(cut, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
        Path changed = corpus.resolve("p0005.txt");
        Files.writeString(changed, "Teks baru. " + Files.readString(changed, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private record Outcome(ExportService.Summary summary, List<String> problems, Map<String, String> files) {
    }

    private Outcome export(Format format, SidecarStore store, int workers, Progress progress, String outName) throws IOException {
        Path out = tmp.resolve(outName);
        List<String> problems = new ArrayList<>();
        ExportService.Summary s = new ExportService(store, false, new OrderedPipeline(workers)).run(format, List.of(corpus),
                org.tandai.store.Layer.CURATED, out, ClaimReviewSettings.EMPTY, progress, p -> problems.add(p.toString()),
                new ExportRun());
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return new Outcome(s, problems, files);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportWritesTheSameBytesAndProblemsInTheSameOrderAsOneThread(Format format) throws IOException {
        Outcome one = export(format, new SidecarStore(), 1, Progress.NONE, "one");
        FirstArticleLast slow = new FirstArticleLast(true);
        Outcome many = export(format, slow, 3, Progress.NONE, "many");
        assertNotEquals("p0000.txt", slow.finished.get(0), "the first article finished reading after later ones");
        assertEquals(one.files(), many.files());
        assertEquals(one.problems(), many.problems());
        assertEquals(one.summary(), many.summary());
        String where = corpus.resolve("p0003.annotations.json").toString();
        assertTrue(many.problems().stream().anyMatch(p -> p.startsWith(where + ": line ")),
                "the syntax error names the file, line and column: " + many.problems());
    }

    @Test
    void validateReportsEveryProblemInArticleOrderWithFileAndPlace() {
        List<String> one = validate(new SidecarStore(), 1);
        FirstArticleLast slow = new FirstArticleLast(true);
        List<String> many = validate(slow, 2);
        assertNotEquals("p0000.txt", slow.finished.get(0));
        assertEquals(one, many);
        List<String> located = many.stream().filter(p -> p.contains("p0003") || p.contains("p0005")).toList();
        assertTrue(located.get(1).startsWith(corpus.resolve("p0003.annotations.json") + ": line "), located.toString());
        assertTrue(located.stream().anyMatch(p -> p.contains("p0005.annotations.json: document.sha256: ")), located.toString());
    }

    private List<String> validate(SidecarStore store, int workers) {
        CorpusCheck check = new CorpusCheck(store);
        List<Problem> found = new ArrayList<>();
        List<DocumentFiles> files = check.expand(List.of(corpus), null, found);
        List<String> problems = new ArrayList<>();
        check.visit(files, new OrderedPipeline(workers), () -> false, v -> {
            problems.add("visit " + v.article().getFileName());
            v.problems().forEach(p -> problems.add(p.toString()));
        });
        return problems;
    }

    @Test
    void cancelStopsAtAnArticleBoundaryAndWritesOnlyTheArticlesBeforeIt() throws IOException {
        Progress cancelAfterTwo = new Progress() {
            private int updates;

            @Override
            public void update(int done, int total, String item) {
                updates++;
            }

            @Override
            public boolean cancelled() {
                return updates >= 2;
            }
        };
        Outcome o = export(Format.BRAT, new FirstArticleLast(true), 2, cancelAfterTwo, "cancelled");
        assertTrue(o.summary().cancelled());
        assertEquals(2, o.summary().articles());
        assertEquals(List.of("annotation.conf", "p0000.ann", "p0000.txt", "p0001.ann", "p0001.txt"), List.copyOf(o.files().keySet()));
    }
}
