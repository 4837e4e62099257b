package org.tandai.bench;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.tandai.curation.Aligner;
import org.tandai.curation.Alignment;
import org.tandai.curation.Resolution;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;

/**
 * The Curate view's work on the 10,000-annotation document (decision 0920): aligning two
 * annotator layers of it (done once per article, off the FX thread), and matching the curated
 * layer against the units (done on the FX thread after every edit while the view is shown).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class CurationBenchmark {
    private Map<String, AnnotatedDocument> layers;
    private Alignment alignment;
    private AnnotatedDocument curated;

    @Setup
    public void setUp() throws Exception {
        SidecarStore store = new SidecarStore();
        layers = new LinkedHashMap<>();
        layers.put("ani", store.load(BenchInputs.longArticle(), TagSet.defaults()).document());
        layers.put("budi", store.load(BenchInputs.longArticle(), TagSet.defaults()).document());
        curated = store.load(BenchInputs.longArticle(), TagSet.defaults()).document();
        alignment = Aligner.align(layers);
    }

    /** Two layers of 10,000 annotations merged into units. */
    @Benchmark
    public Alignment alignTwoLayers() {
        return Aligner.align(layers);
    }

    /** The curated layer (10,000 annotations) matched against the units, as after each edit. */
    @Benchmark
    public Resolution resolveCurated() {
        return Resolution.of(alignment, curated);
    }
}
