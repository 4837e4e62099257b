package org.tandai.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's unitizing α (αU) per category over one document, computed by DKPro Statistics.
 * The continuum is the article's code points; each rater's units are the stretches they marked
 * with a category (a mention's fragments, typed). αU assumes that one rater's units of one
 * category do not overlap, so overlapping stretches of one rater and category are
 * joined into one unit first (docs/agreement.md, "αU").
 */
public final class UnitizingAlpha {
    private final int raters;
    private final long length;
    /** Per category, per rater, the stretches as [start, end). */
    private final Map<String, List<List<long[]>>> stretches = new TreeMap<>();

    /** A study of {@code raters} raters over a continuum of {@code length} code points. */
    public UnitizingAlpha(int raters, long length) {
        this.raters = raters;
        this.length = length;
    }

    /** Rater {@code rater} marked {@code [start, end)} with {@code category}; empty stretches are ignored. */
    public void add(int rater, String category, long start, long end) {
        if (end <= start) {
            return;
        }
        List<List<long[]>> perRater = stretches.computeIfAbsent(category, c -> {
            List<List<long[]>> l = new ArrayList<>(raters);
            for (int i = 0; i < raters; i++) {
                l.add(new ArrayList<>());
            }
            return l;
        });
        perRater.get(rater).add(new long[] {start, end});
    }

    /**
     * αU per category that any rater used, sorted by category; null where undefined: the expected
     * disagreement is 0, which happens when a category's units leave no room for chance placement
     * (for instance one unit that covers the whole text).
     */
    public Map<String, Double> perCategory() {
        Map<String, Double> out = new TreeMap<>();
        if (stretches.isEmpty()) {
            return out;
        }
        long maxEnd = length;
        for (List<List<long[]>> perRater : stretches.values()) {
            for (List<long[]> l : perRater) {
                for (long[] s : l) {
                    maxEnd = Math.max(maxEnd, s[1]);
                }
            }
        }
        // One study per category: DKPro walks every unit of a study for each category, and the
        // figures of one category do not depend on the units of another.
        for (Map.Entry<String, List<List<long[]>>> e : stretches.entrySet()) {
            UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, maxEnd);
            for (int r = 0; r < raters; r++) {
                for (long[] s : joined(e.getValue().get(r))) {
                    study.addUnit(s[0], s[1] - s[0], r, e.getKey());
                }
            }
            out.put(e.getKey(), new Alpha(study).orNull());
        }
        return out;
    }

    /** The stretches sorted, with overlapping ones joined (touching ones stay apart). */
    private static List<long[]> joined(List<long[]> in) {
        TreeSet<long[]> sorted = new TreeSet<>(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
        sorted.addAll(in);
        List<long[]> out = new ArrayList<>(sorted.size());
        long[] cur = null;
        for (long[] s : sorted) {
            if (cur != null && s[0] < cur[1]) {
                cur[1] = Math.max(cur[1], s[1]);
            } else {
                cur = new long[] {s[0], s[1]};
                out.add(cur);
            }
        }
        return out;
    }

    /**
     * DKPro's αU of a study of one category, which is that category's αU. DKPro answers 0 when the
     * expected disagreement is 0 (0/0); that is reported as undefined instead.
     */
    private static final class Alpha extends KrippendorffAlphaUnitizingAgreement {
        private double expected = Double.NaN;

        Alpha(IUnitizingAnnotationStudy study) {
            super(study);
        }

        @Override
        protected double calculateExpectedDisagreement() {
            expected = super.calculateExpectedDisagreement();
            return expected;
        }

        Double orNull() {
            double v = calculateAgreement();
            return expected > 0 && Double.isFinite(expected) && Double.isFinite(v) ? v : null;
        }
    }
}
