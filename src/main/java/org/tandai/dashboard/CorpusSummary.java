package org.tandai.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tandai.store.Layer;
import org.tandai.store.Problem;
import org.tandai.store.Stats;

/**
 * The numbers of a whole corpus folder, as the dashboard charts them: how many articles there are
 * and how many of them the layer's annotator marked done; the {@link Stats} of that layer (the same
 * object {@code tandai stats --layer} sums, so the chart and the command cannot disagree); the
 * totals of every layer present; and the agreement of every pair of annotators, or null when fewer
 * than two annotators have a layer.
 */
public record CorpusSummary(Path corpus, Layer layer, int articles, int done, Stats totals, Map<Layer, Stats> perLayer,
                            List<PairAgreement> agreement, List<Problem> problems) {

    /** F1 of two annotators over the documents both annotated; a null score is undefined (nothing to compare). */
    public record PairAgreement(Layer a, Layer b, int documents, Double entities, Double claims, Double sources) {
        /** "ani–budi": the pair as the charts and {@code tandai agree} name it. */
        public String label() {
            return a.label() + "\u2013" + b.label();
        }
    }

    public int notDone() {
        return articles - done;
    }

    /** True when agreement could be computed (two or more annotators' layers). */
    public boolean hasAgreement() {
        return agreement != null;
    }
}
