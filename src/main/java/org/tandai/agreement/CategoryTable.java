package org.tandai.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;

/**
 * The categories that R raters gave to the same items (the type of mentions whose spans match, the
 * verdict of matched claims), kept as counts per combination so that tables of many documents add
 * up cheaply. The coefficients themselves come from DKPro Statistics: Cohen's κ for two raters,
 * Fleiss' κ for more. A missing value (a claim without a verdict) is the category {@link #NONE}.
 */
public final class CategoryTable {
    /** The category of an item a rater left without a value. */
    public static final String NONE = "(none)";

    private final int raters;
    private final Map<List<String>, Integer> cells = new HashMap<>();
    private int items;

    public CategoryTable(int raters) {
        this.raters = raters;
    }

    /** One item and the category each rater gave it (null for none). */
    public void add(String... categories) {
        if (categories.length != raters) {
            throw new IllegalArgumentException("expected " + raters + " categories, got " + categories.length);
        }
        String[] c = new String[raters];
        for (int i = 0; i < raters; i++) {
            c[i] = categories[i] == null ? NONE : categories[i];
        }
        cells.merge(Arrays.asList(c), 1, Integer::sum);
        items++;
    }

    public void addAll(CategoryTable other) {
        if (other.raters != raters) {
            throw new IllegalArgumentException("tables of " + raters + " and " + other.raters + " raters");
        }
        other.cells.forEach((k, v) -> cells.merge(k, v, Integer::sum));
        items += other.items;
    }

    public int items() {
        return items;
    }

    /** Cohen's κ of a table of two raters (one pair of layers). */
    public Coefficient cohen() {
        if (raters != 2) {
            throw new IllegalStateException("Cohen's kappa needs two raters, this table has " + raters);
        }
        if (items == 0) {
            return new Coefficient(null, 0);
        }
        CohenKappaAgreement cohen = new CohenKappaAgreement(study());
        return defined(cohen.calculateExpectedAgreement(), cohen::calculateAgreement);
    }

    /** Fleiss' κ of the table (every annotator at once). */
    public Coefficient fleiss() {
        if (items == 0) {
            return new Coefficient(null, 0);
        }
        FleissKappaAgreement fleiss = new FleissKappaAgreement(study());
        return defined(fleiss.calculateExpectedAgreement(), fleiss::calculateAgreement);
    }

    private CodingAnnotationStudy study() {
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
        cells.forEach((k, n) -> study.addMultipleItems(n, k.toArray()));
        return study;
    }

    /**
     * κ = (A_O − A_E) / (1 − A_E) is 0/0 when the expected agreement A_E is 1, that is when every
     * rater put every item in one and the same category: undefined, not 1 (docs/agreement.md).
     */
    private Coefficient defined(double expected, java.util.function.DoubleSupplier value) {
        if (expected >= 1.0 - 1e-12) {
            return new Coefficient(null, items);
        }
        double v = value.getAsDouble();
        return new Coefficient(Double.isFinite(v) ? v : null, items);
    }

    /** A chance-corrected coefficient over {@code items} items, or null when undefined. */
    public record Coefficient(Double value, int items) {
    }
}
