package org.tandai.suggest;

import org.tandai.model.Annotation;

/**
 * One proposed annotation: an {@link org.tandai.model.Entity} with one mention or a {@link
 * org.tandai.model.Source}, with status {@code suggested} and no id yet (ids are given when it is
 * added, {@link Suggestions#apply}). {@code key} is stable across runs while the text stays the same
 * ({@link SuggestionKeys}); {@code recommender} is "attributions", "quotes" or "entities";
 * {@code confidence} is between 0 and 1. {@code viaKey} is the key of the suggested source this one
 * was relayed through, or null.
 */
public record Suggestion(String key, String recommender, double confidence, Annotation annotation, String viaKey) {
    public static final String ATTRIBUTIONS = "attributions";
    public static final String QUOTES = "quotes";
    public static final String ENTITIES = "entities";
}
