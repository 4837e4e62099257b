package org.tandai.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandai.agreement.AgreementRun;
import org.tandai.agreement.PairScores;
import org.tandai.agreement.Targets;
import org.tandai.store.Corpus;
import org.tandai.store.CorpusCheck;
import org.tandai.store.CorpusLayout;
import org.tandai.store.CorpusMarks;
import org.tandai.store.DocumentFiles;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.Stats;
import org.tandai.store.StoreException;

/**
 * Computes a {@link CorpusSummary}: reads every sidecar of every layer once, one at a time (memory
 * stays flat), with the same {@link CorpusCheck} walk and {@link Stats} sums as {@code tandai stats},
 * and the agreement with the same {@link AgreementRun} as {@code tandai agree}. Never writes.
 * Runs on any thread; the window runs it on its task thread.
 */
public final class CorpusSummaries {
    /** Progress: {@code done} of {@code total} files read so far. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total);
    }

    private final SidecarStore store;

    public CorpusSummaries(SidecarStore store) {
        this.store = store;
    }

    /** The summary of {@code corpus}, with the done marks and totals of {@code layer}. */
    public CorpusSummary compute(Path corpus, Layer layer, Progress progress) throws StoreException {
        CorpusLayout layout = CorpusLayout.of(corpus);
        List<Path> articles = new Corpus(layout.dir()).articles();
        CorpusMarks marks = CorpusMarks.load(layout.folderOf(layer));
        int done = (int) articles.stream().filter(a -> marks.isDone(a.getFileName().toString())).count();
        List<Layer> layers = new ArrayList<>(List.of(Layer.CURATED));
        layers.addAll(layout.annotatorLayers());
        if (!layers.contains(layer)) {
            layers.add(layer);
        }
        List<Problem> problems = new ArrayList<>();
        CorpusCheck check = new CorpusCheck(store);
        Map<Layer, List<DocumentFiles>> files = new LinkedHashMap<>();
        int total = 0;
        for (Layer l : layers) {
            List<DocumentFiles> f = check.expand(List.of(corpus), l, problems);
            files.put(l, f);
            total += f.size();
        }
        List<Layer> annotators = layout.annotatorLayers();
        Targets targets = annotators.size() >= 2 ? Targets.find(List.of(corpus), problems::add) : null;
        total += targets == null ? 0 : targets.targets().size();
        int[] read = {0};
        int all = total;
        progress.report(0, all);
        Map<Layer, Stats> perLayer = new LinkedHashMap<>();
        for (Map.Entry<Layer, List<DocumentFiles>> e : files.entrySet()) {
            Stats s = new Stats();
            check.visit(e.getValue(), v -> {
                if (v.loaded() == null || v.loaded().document() == null) {
                    v.problems().stream().filter(Problem::isError).forEach(problems::add);
                } else {
                    s.add(Stats.of(v.loaded().document()));
                }
                progress.report(++read[0], all);
            });
            boolean shown = s.documents() > 0 || e.getKey().equals(layer) || !layout.teamMode();
            if (shown) {
                perLayer.put(e.getKey(), s);
            }
        }
        Stats totals = perLayer.get(layer);
        List<CorpusSummary.PairAgreement> agreement = targets == null ? null : agreement(targets, problems, () -> {
            progress.report(++read[0], all);
        });
        return new CorpusSummary(layout.dir(), layer, articles.size(), done, totals, perLayer, agreement,
                List.copyOf(problems));
    }

    private static List<CorpusSummary.PairAgreement> agreement(Targets targets, List<Problem> problems, Runnable step) {
        AgreementRun run = new AgreementRun(targets);
        run.run(targets, 1, d -> step.run(), problems::add);
        List<CorpusSummary.PairAgreement> out = new ArrayList<>();
        for (AgreementRun.PairResult p : run.totals()) {
            if (p.a().isCurated() || p.b().isCurated()) {
                continue;
            }
            PairScores s = p.scores();
            out.add(new CorpusSummary.PairAgreement(p.a(), p.b(), s.documents(), s.entities().exact().f1(),
                    s.claims().overlap().f1(), s.sources().triples().exact().f1()));
        }
        return out;
    }
}
