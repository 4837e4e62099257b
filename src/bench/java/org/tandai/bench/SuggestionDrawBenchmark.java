package org.tandai.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.store.SidecarStore;
import org.tandai.suggest.CorpusKnowledge;
import org.tandai.suggest.Gazetteer;
import org.tandai.suggest.Suggestion;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.article.SuggestionHighlights;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;

/**
 * The window's half of issue 12, the part that runs on the FX thread: drawing a 1 MB article's
 * suggestions (the seed repeated, 26,000 of them) into the article's highlight index, and redrawing
 * after one accept (one suggestion gone, then the next run's list with it back), which touches only
 * what changed. The text area's restyle is left out (no toolkit); it is bounded by the same ranges.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SuggestionDrawBenchmark {
    private SuggestionHighlights highlights;
    private Map<String, Annotation> all;
    private Map<String, Annotation> lessOne;

    @Setup
    public void setUp() throws Exception {
        Path seed = org.tandai.TestFiles.seedArticle();
        SidecarStore.Loaded loaded = new SidecarStore().loadOnce(org.tandai.store.DocumentFiles.curated(seed), org.tandai.model.TagSet.defaults());
        String one = Files.readString(seed, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) {
            b.append(one).append('\n');
        }
        ArticleText text = ArticleText.of(b.toString());
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("big.txt", text.sha256(), "id"));
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.learn(loaded.document());
        List<Suggestion> found = new CorpusKnowledge(gazetteer, null, List.of()).engine().suggest(text, doc, Set.of());
        all = new LinkedHashMap<>();
        for (Suggestion s : found) {
            all.put(s.key(), s.annotation());
        }
        lessOne = new LinkedHashMap<>(all);
        lessOne.remove(found.get(found.size() / 2).key());
        ArticleViewModel article = new ArticleViewModel(new AnnotationSelection());
        article.sessionProperty().set(new DocumentSession(Path.of("big.txt"), text, doc,
                org.tandai.model.TagSet.defaults(), null, "bench", Clock.systemUTC(), org.tandai.i18n.Messages.english()));
        highlights = new SuggestionHighlights(article);
        highlights.show(all);
    }

    @Benchmark
    public int drawAllOfAMegabyte() {
        highlights.show(Map.of());
        highlights.show(all);
        return all.size();
    }

    @Benchmark
    public int redrawAfterOneAccept() {
        highlights.show(lessOne);
        highlights.show(all);
        return lessOne.size();
    }
}
