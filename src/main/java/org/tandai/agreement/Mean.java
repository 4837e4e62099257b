package org.tandai.agreement;

import java.util.Map;
import java.util.TreeMap;

/**
 * Per category, the mean of a value over the documents where it is defined: how αU of a corpus is
 * reported (docs/agreement.md, "αU over a corpus"), with the number of documents behind it.
 */
public final class Mean {
    private final Map<String, double[]> sums = new TreeMap<>();

    /** Adds one document's values; a null value (undefined) names the category but adds no document. */
    public void add(Map<String, Double> values) {
        values.forEach((k, v) -> {
            double[] s = sums.computeIfAbsent(k, x -> new double[2]);
            if (v != null) {
                s[0] += v;
                s[1]++;
            }
        });
    }

    public void addAll(Mean other) {
        other.sums.forEach((k, v) -> {
            double[] s = sums.computeIfAbsent(k, x -> new double[2]);
            s[0] += v[0];
            s[1] += v[1];
        });
    }

    /** The mean per category; null for a category that was never defined. */
    public Map<String, Double> means() {
        Map<String, Double> out = new TreeMap<>();
        sums.forEach((k, s) -> out.put(k, s[1] == 0 ? null : s[0] / s[1]));
        return out;
    }

    /** How many documents each mean is over. */
    public Map<String, Integer> documents() {
        Map<String, Integer> out = new TreeMap<>();
        sums.forEach((k, s) -> out.put(k, (int) s[1]));
        return out;
    }
}
