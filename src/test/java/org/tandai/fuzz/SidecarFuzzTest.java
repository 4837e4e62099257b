package org.tandai.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.anchoring.Reanchorer;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.TagSet;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Fixtures;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;
import org.tandai.store.StoreException;
import org.tandai.store.Validator;

/**
 * Thousands of seeded random mutations of a valid sidecar go through the reader, the validator,
 * the store's load, the writer and re-anchoring. None may throw anything but a StoreException
 * (a handled, located message) or take more than {@value #CASE_LIMIT_MS} ms, and whatever the
 * reader accepts must write out and read back to the same bytes. A failure names the seed and
 * case so it can be replayed.
 */
class SidecarFuzzTest {
    static final int CASES = Integer.getInteger("tandai.fuzz.cases", 3000);
    static final long SEED = Long.getLong("tandai.fuzz.seed", 20261124L);
    static final long CASE_LIMIT_MS = 5000;

    private static ExecutorService worker;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void randomMutationsNeverCrashOrHangTheLoaderValidatorWriterOrReanchorer() throws Exception {
        Path article = Fixtures.corpus(dir);
        Path sidecar = DocumentFiles.curated(article).sidecar();
        String valid = Files.readString(sidecar);
        ArticleText text = ArticleText.of(Fixtures.TEXT);
        ArticleText edited = ArticleText.of("Baru. " + Fixtures.TEXT.replace("20 persen", "25 persen"));
        SidecarStore store = new SidecarStore();
        long t0 = System.nanoTime();
        int accepted = 0;
        for (int n = 0; n < CASES; n++) {
            SidecarMutator m = new SidecarMutator(SEED * 31 + n, valid);
            String input = n % 2 == 0 ? m.bytes() : m.structure();
            boolean viaDisk = n % 10 == 0;
            int caseNo = n;
            Future<Boolean> f = worker.submit(() -> runCase(caseNo, input, text, edited, viaDisk, article, sidecar, store));
            try {
                accepted += f.get(CASE_LIMIT_MS, TimeUnit.MILLISECONDS) ? 1 : 0;
            } catch (TimeoutException e) {
                f.cancel(true);
                fail("case " + n + " (seed " + SEED + ") took longer than " + CASE_LIMIT_MS + " ms; input:\n" + clip(input));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("case " + n + " (seed " + SEED + ") threw " + e.getCause() + "; input:\n"
                        + clip(input), e.getCause());
            }
        }
        System.out.printf("fuzz: %d cases (seed %d) in %d ms, %d read into a document%n",
                CASES, SEED, (System.nanoTime() - t0) / 1_000_000, accepted);
    }

    private static boolean runCase(int n, String input, ArticleText text, ArticleText edited, boolean viaDisk,
                                   Path article, Path sidecar, SidecarStore store) throws Exception {
        SidecarReader.Result r = SidecarReader.read("case-" + n, input);
        if (viaDisk) {
            Files.writeString(sidecar, input, StandardCharsets.UTF_8);
            try {
                store.load(article, TagSet.defaults());
            } catch (StoreException handled) {
                assertNotNull(handled.problem());
            }
        }
        if (r.document() == null) {
            assertNotNull(r.problems().isEmpty() ? null : r.problems().get(0), "an unreadable file has a problem");
            return false;
        }
        Validator.validate("case-" + n, text, r.document(), TagSet.defaults());
        String written = SidecarWriter.toJson(r.document());
        SidecarReader.Result again = SidecarReader.read("again-" + n, written);
        assertNotNull(again.document(), "what Tandai writes it can read: " + again.problems());
        assertEquals(written, SidecarWriter.toJson(again.document()), "write, read, write gives the same bytes");
        AnnotatedDocument doc = again.document();
        new Reanchorer().reanchor(doc, edited);
        Validator.validate("reanchored-" + n, edited, doc, TagSet.defaults());
        SidecarWriter.toJson(doc);
        return true;
    }

    private static String clip(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
    }
}
