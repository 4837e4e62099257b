package org.tandai.store;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One set of annotations of a corpus: the curated (or sole) layer beside the articles, or one
 * annotator's own layer under {@code annotators/SLUG/}. A layer is named by its slug only, so the
 * same person gets the same folder whichever way their name is typed ("Ani Rahma", "ani rahma").
 */
public record Layer(String slug) implements Comparable<Layer> {
    /** The curated layer of a team corpus, and the only layer of a one-person corpus. */
    public static final Layer CURATED = new Layer("");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9-]+");

    public Layer {
        if (slug == null || !(slug.isEmpty() || SLUG.matcher(slug).matches())) {
            throw new IllegalArgumentException("not a layer slug: \"" + slug + "\" (expected a-z, 0-9 and -)");
        }
    }

    /** The layer of an annotator: {@link #slugOf} of the name. */
    public static Layer ofAnnotator(String annotatorName) {
        return new Layer(slugOf(annotatorName));
    }

    /**
     * A layer named on the command line or in a file: a slug as it is, or {@code curated}. Returns
     * null for text that is not a slug, so the caller can name the bad value.
     */
    public static Layer parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.equals("curated")) {
            return CURATED;
        }
        return SLUG.matcher(text).matches() ? new Layer(text) : null;
    }

    /**
     * The annotator name in lower case, with every run of characters other than {@code a-z},
     * {@code 0-9} and {@code -} replaced by {@code -} (docs/format.md, "Layers"). A name with no
     * such character at all ("王" , "  ") has no slug: that is refused rather than sharing "-".
     */
    public static String slugOf(String annotatorName) {
        String lower = annotatorName == null ? "" : annotatorName.toLowerCase(Locale.ROOT);
        String slug = NOT_SLUG.matcher(lower).replaceAll("-");
        if (slug.chars().noneMatch(c -> c != '-')) {
            throw new IllegalArgumentException("the annotator name \"" + annotatorName
                    + "\" has no letter a-z or digit to name a layer folder with");
        }
        return slug;
    }

    public boolean isCurated() {
        return slug.isEmpty();
    }

    /** {@code curated} or the slug: how the CLI, stats and the window name the layer. */
    public String label() {
        return isCurated() ? "curated" : slug;
    }

    @Override
    public int compareTo(Layer o) {
        return slug.compareTo(o.slug);
    }

    @Override
    public String toString() {
        return label();
    }
}
