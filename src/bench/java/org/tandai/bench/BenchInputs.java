package org.tandai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.tandai.store.StoreException;
import org.tandai.synth.SyntheticCorpus;
import org.tandai.synth.SyntheticTeam;

/**
 * Generated benchmark inputs under {@code target/bench/inputs}. Generated at benchmark time from
 * fixed seeds (never committed); a folder that already holds a complete input is reused, because
 * the generator is deterministic and the same seed gives the same bytes.
 */
final class BenchInputs {
    /** The dense article of targets 2–8: about 1 MB of text with 10,000 annotations. */
    static final int LONG_CHARS = 1_000_000;
    static final int LONG_ANNOTATIONS = 10_000;
    /** The corpus of target 7 (throughput): small articles, as news articles are. */
    static final int CORPUS_ARTICLES = 1_000;
    /** The corpus of target 7 (max RSS). */
    static final int BIG_CORPUS_ARTICLES = 10_000;
    static final int SMALL_CHARS = 3_000;
    static final int SMALL_ANNOTATIONS = 30;

    private BenchInputs() {
    }

    static Path root() {
        return Paths.get(System.getProperty("tandai.bench.out", "target/bench")).resolve("inputs");
    }

    /** {@code inputs/long/long0000.txt} with its sidecar. */
    static Path longArticle() throws IOException, StoreException {
        return corpus("long", "long", 1, 42, LONG_CHARS, LONG_ANNOTATIONS).resolve("long0000.txt");
    }

    /** The 1,000-article corpus used for validate/export throughput. */
    static Path smallCorpus() throws IOException, StoreException {
        return corpus("corpus1k", "a", CORPUS_ARTICLES, 7, SMALL_CHARS, SMALL_ANNOTATIONS);
    }

    /** The 10,000-article corpus used for the RSS probe. */
    static Path bigCorpus() throws IOException, StoreException {
        return corpus("corpus10k", "a", BIG_CORPUS_ARTICLES, 11, SMALL_CHARS, SMALL_ANNOTATIONS);
    }

    /**
     * The team corpus of issue 11: 10,000 small articles, each with a curated layer and
     * {@value AgreeProbe#ANNOTATORS} annotators' layers (60,000 sidecars). Written without the
     * atomic writer's fsync per file: these are scratch inputs, regenerated from the seed at will.
     */
    static synchronized Path teamCorpus() throws IOException {
        Path dir = root().resolve("team10k");
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            long t0 = System.nanoTime();
            SyntheticTeam.generate(dir, "t", BIG_CORPUS_ARTICLES, 13, SMALL_CHARS, SMALL_ANNOTATIONS,
                    AgreeProbe.ANNOTATORS, (f, b) -> Files.write(f, b));
            Files.writeString(done, "generated\n");
            System.err.printf("bench: generated a team corpus of %d article(s) in %s (%d ms)%n", BIG_CORPUS_ARTICLES, dir,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return dir;
    }

    static synchronized Path corpus(String dirName, String prefix, int count, long seed, int chars, int annotations)
            throws IOException, StoreException {
        Path dir = root().resolve(dirName);
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            long t0 = System.nanoTime();
            SyntheticCorpus.write(dir, prefix, count, seed, chars, annotations);
            Files.writeString(done, "generated\n");
            System.err.printf("bench: generated %d article(s) in %s (%d ms)%n", count, dir,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return dir;
    }
}
