package org.tandai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tandai.model.AnnotatedDocument;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Fingerprint;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;

/**
 * Target 5: atomic save of the 10,000-annotation document (serialize, write, fsync, keep .bak,
 * rename, fsync the folder), and the part the FX thread would do before handing the save to a
 * background thread (a deep snapshot of the annotations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SaveBenchmark {
    private final SidecarStore store = new SidecarStore();
    private Path article;
    private AnnotatedDocument doc;
    private Fingerprint fingerprint;

    @Setup
    public void setUp() throws Exception {
        Path source = BenchInputs.longArticle();
        Path dir = BenchInputs.root().resolve("save");
        Files.createDirectories(dir);
        article = dir.resolve(source.getFileName());
        Files.copy(source, article, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // The document as the window holds it: loaded with spans backed by the text.
        doc = store.load(source, org.tandai.model.TagSet.defaults()).document();
        if (doc.size() < 1000) {
            throw new IllegalStateException("the benchmark document did not load: " + doc.size() + " annotations");
        }
        store.save(article, doc);
        fingerprint = Fingerprint.of(DocumentFiles.curated(article).sidecar());
    }

    /** The whole atomic save, as the background thread runs it. */
    @Benchmark
    public Path save() throws Exception {
        store.save(article, doc);
        return article;
    }

    /** Serializing alone (no I/O), to show where save time goes. */
    @Benchmark
    public String serialize() {
        return SidecarWriter.toJson(doc);
    }

    /**
     * What the FX thread does before handing the save to a background thread: the window's
     * DocumentSession.snapshot() copies the three lists (annotations are replaced, never mutated,
     * by edits), so the background thread never sees a half-made edit.
     */
    @Benchmark
    public AnnotatedDocument snapshotOnFxThread() {
        return doc.shallowCopy();
    }

    /** The save that refuses to overwrite a file changed by another program (hashes the old file first). */
    @Benchmark
    public Fingerprint saveChecked() throws Exception {
        fingerprint = store.save(article, doc, fingerprint);
        return fingerprint;
    }
}
