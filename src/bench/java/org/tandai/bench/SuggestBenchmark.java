package org.tandai.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Status;
import org.tandai.store.SidecarStore;
import org.tandai.suggest.CorpusKnowledge;
import org.tandai.suggest.Gazetteer;
import org.tandai.suggest.Suggestion;
import org.tandai.suggest.SuggestionEngine;
import org.tandai.suggest.Suggestions;

/**
 * Issue 12's speed targets, off any UI thread: every suggestion for a 1 MB Indonesian article (the
 * seed's text repeated, the gazetteer learned from the seed's accepted names) within 300 ms, and the
 * update after one accept (learning the name, dropping what it covers) within 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SuggestBenchmark {
    private ArticleText text;
    private AnnotatedDocument doc;
    private SuggestionEngine engine;
    private Gazetteer gazetteer;
    private List<Suggestion> open;

    @Setup
    public void setUp() throws Exception {
        Path seed = org.tandai.TestFiles.seedArticle();
        SidecarStore.Loaded loaded = new SidecarStore().loadOnce(org.tandai.store.DocumentFiles.curated(seed), org.tandai.model.TagSet.defaults());
        String one = Files.readString(seed, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) {
            b.append(one).append('\n');
        }
        text = ArticleText.of(b.toString());
        doc = new AnnotatedDocument(new DocumentInfo("big.txt", text.sha256(), "id"));
        gazetteer = new Gazetteer();
        gazetteer.learn(loaded.document());
        engine = new CorpusKnowledge(gazetteer, null, List.of()).engine();
        open = engine.suggest(text, doc, Set.of());
    }

    @Benchmark
    public int suggestOneMegabyte() {
        return engine.suggest(text, doc, Set.of()).size();
    }

    @Benchmark
    public int updateAfterAccept() {
        Suggestion first = open.stream().filter(s -> s.annotation() instanceof Entity).findFirst().orElseThrow();
        Entity accepted = (Entity) first.annotation().copy();
        accepted.setStatus(Status.ACCEPTED);
        gazetteer.learn(accepted.mentions().get(0).exact(), accepted.type(), accepted.name());
        return Suggestions.remainingAfter(open, accepted).size();
    }
}
