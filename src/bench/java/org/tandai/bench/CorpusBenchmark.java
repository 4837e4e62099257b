package org.tandai.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.tandai.interchange.ClaimReviewSettings;
import org.tandai.interchange.ExportService;
import org.tandai.interchange.Format;
import org.tandai.interchange.Progress;
import org.tandai.store.CorpusCheck;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;

/**
 * Target 7 (throughput): {@code validate} and {@code export} (every format) over a 1,000-article corpus against a floor that reads
 * the same files (article and sidecar) and parses each sidecar with Gson, in the same run.
 * Each operation covers the whole corpus, so the score is milliseconds per corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class CorpusBenchmark {
    private Path dir;
    private List<Path> articles;
    private Path out;

    @Setup
    public void setUp() throws Exception {
        dir = BenchInputs.smallCorpus();
        articles = new CorpusCheck(new SidecarStore()).expand(List.of(dir), new ArrayList<>());
        out = BenchInputs.root().resolve("export-out");
    }

    @Benchmark
    public long floorReadAndParse() throws IOException {
        long n = 0;
        for (Path article : articles) {
            n += Files.readString(article, StandardCharsets.UTF_8).length();
            try (Reader in = Files.newBufferedReader(DocumentFiles.curated(article).sidecar(), StandardCharsets.UTF_8)) {
                n += JsonParser.parseReader(in).getAsJsonObject().size();
            }
        }
        return n;
    }

    /**
     * What {@code tandai export --format jsonl --out OUT DIR} does: load each article, validate it,
     * write its JSONL line. Output goes under target/bench/inputs/export-out/FORMAT (overwritten each time).
     */
    @Benchmark
    public ExportService.Summary exportJsonl() throws IOException {
        return export(Format.JSONL);
    }

    /** {@code export --format conll}: also tokenizes every article into sentences and tokens. */
    @Benchmark
    public ExportService.Summary exportConll() throws IOException {
        return export(Format.CONLL);
    }

    /** {@code export --format brat}: a copy of the text and a standoff {@code .ann} per article. */
    @Benchmark
    public ExportService.Summary exportBrat() throws IOException {
        return export(Format.BRAT);
    }

    /** {@code export --format w3c}: one pretty-printed JSON-LD collection per article. */
    @Benchmark
    public ExportService.Summary exportW3c() throws IOException {
        return export(Format.W3C);
    }

    /** {@code export --format claimreview}: a pretty-printed ClaimReview file per article with reviewed claims. */
    @Benchmark
    public ExportService.Summary exportClaimreview() throws IOException {
        return export(Format.CLAIMREVIEW);
    }

    /** {@code export --format labelstudio}: one streamed {@code tasks.json}, UTF-16 offsets. */
    @Benchmark
    public ExportService.Summary exportLabelstudio() throws IOException {
        return export(Format.LABELSTUDIO);
    }

    /** One export of the whole corpus, as the CLI runs it, into a folder of its own per format. */
    public ExportService.Summary export(Format format) throws IOException {
        return new ExportService(new SidecarStore()).run(format, List.of(dir), out.resolve(format.key()),
                ClaimReviewSettings.EMPTY, Progress.NONE, p -> { });
    }

    /** What {@code tandai validate DIR} does, minus printing: expand the folder, load and check each article. */
    @Benchmark
    public int validate() {
        CorpusCheck check = new CorpusCheck(new SidecarStore());
        List<Problem> problems = new ArrayList<>();
        List<org.tandai.store.DocumentFiles> found = check.expand(List.of(dir), null, problems);
        int[] count = {problems.size()};
        check.visit(found, v -> count[0] += v.problems().size() + 1);
        return count[0];
    }
}
