package org.tandai.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import org.tandai.model.TagSet;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarStore;

/**
 * Target 6: loading the 10,000-annotation sidecar against a floor of bare Gson parsing of the same
 * file, in the same run. Both read the file from disk (page cache) with a UTF-8 reader.
 * {@code floorGsonTree} is the target's floor (JsonParser to a JsonElement tree); {@code floorTokens}
 * only walks the tokens and is reported as a stricter reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class LoadBenchmark {
    private Path article;
    private Path sidecar;
    private final SidecarStore store = new SidecarStore();
    private final TagSet tags = TagSet.defaults();

    @Setup
    public void setUp() throws Exception {
        article = BenchInputs.longArticle();
        sidecar = DocumentFiles.curated(article).sidecar();
    }

    @Benchmark
    public JsonElement floorGsonTree() throws IOException {
        try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in);
        }
    }

    @Benchmark
    public int floorTokens() throws IOException {
        try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            JsonReader r = new JsonReader(in);
            int n = 0;
            while (true) {
                JsonToken t = r.peek();
                switch (t) {
                    case BEGIN_ARRAY -> r.beginArray();
                    case END_ARRAY -> r.endArray();
                    case BEGIN_OBJECT -> r.beginObject();
                    case END_OBJECT -> r.endObject();
                    case NAME -> n += r.nextName().length();
                    case STRING, NUMBER -> n += r.nextString().length();
                    case BOOLEAN -> r.nextBoolean();
                    case NULL -> r.nextNull();
                    case END_DOCUMENT -> {
                        return n;
                    }
                }
            }
        }
    }

    /** Target 6: the sidecar into the model, as the window and every command read it. */
    @Benchmark
    public SidecarReader.Result loadAnnotations() throws Exception {
        return SidecarStore.readSidecar(sidecar);
    }

    /** Target 2's store part: article + sidecar + validation, as opening a document does. */
    @Benchmark
    public SidecarStore.Loaded loadAndValidate() throws Exception {
        return store.load(article, tags);
    }
}
