package org.tandai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels a corpus uses: entity types (each with a colour and a one-key shortcut), claim kinds,
 * the verdict scale, check-worthiness levels and attribution forms. {@link #defaults()} is the
 * built-in set; a corpus overrides it with {@code tagset.json} in its folder.
 */
public final class TagSet {
    /** An entity type: its name in files, a label for people, a colour (#rrggbb) and a shortcut key. */
    public record EntityType(String name, String label, String color, String key) {
    }

    /**
     * A verdict with its ClaimReview rating: {@code rating} is the numeric ratingValue on a
     * 1..{@link #bestRating()} scale, or 0 when the verdict is not a rating (unverified).
     */
    public record Verdict(String name, String label, int rating) {
    }

    /** A plain label: name in files, text for people. */
    public record Label(String name, String label) {
    }

    private final List<EntityType> entityTypes;
    private final List<Label> claimKinds;
    private final List<Verdict> verdicts;
    private final List<Label> checkWorthiness;
    private final List<Label> sourceForms;

    public TagSet(List<EntityType> entityTypes, List<Label> claimKinds, List<Verdict> verdicts,
                  List<Label> checkWorthiness, List<Label> sourceForms) {
        this.entityTypes = List.copyOf(entityTypes);
        this.claimKinds = List.copyOf(claimKinds);
        this.verdicts = List.copyOf(verdicts);
        this.checkWorthiness = List.copyOf(checkWorthiness);
        this.sourceForms = List.copyOf(sourceForms);
    }

    /** The built-in tag set, documented in docs/tagset.md. */
    public static TagSet defaults() {
        return new TagSet(
                List.of(new EntityType("PERSON", "Person", "#d9534f", "1"),
                        new EntityType("ORGANIZATION", "Organization", "#2f7ed8", "2"),
                        new EntityType("LOCATION", "Location", "#3a9d5d", "3"),
                        new EntityType("MEDIA", "Media outlet", "#8e5bc7", "4"),
                        new EntityType("DATE", "Date", "#c98a1a", "5"),
                        new EntityType("EVENT", "Event", "#1f9e9e", "6"),
                        new EntityType("OTHER", "Other", "#7a7a7a", "7")),
                List.of(new Label("factual", "Factual"),
                        new Label("opinion", "Opinion"),
                        new Label("prediction", "Prediction"),
                        new Label("promise", "Promise"),
                        new Label("accusation", "Accusation"),
                        new Label("other", "Other")),
                List.of(new Verdict("unverified", "Unverified", 0),
                        new Verdict("true", "True", 5),
                        new Verdict("mostly-true", "Mostly true", 4),
                        new Verdict("mixed", "Mixed", 3),
                        new Verdict("mostly-false", "Mostly false", 2),
                        new Verdict("false", "False", 1),
                        new Verdict("unproven", "Unproven", 0)),
                List.of(new Label("low", "Low"),
                        new Label("medium", "Medium"),
                        new Label("high", "High")),
                List.of(new Label("direct", "Direct quote"),
                        new Label("indirect", "Indirect speech"),
                        new Label("document", "Document or report"),
                        new Label("media", "Media report"),
                        new Label("anonymous", "Anonymous")));
    }

    public List<EntityType> entityTypes() {
        return entityTypes;
    }

    public List<Label> claimKinds() {
        return claimKinds;
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    public List<Label> checkWorthiness() {
        return checkWorthiness;
    }

    public List<Label> sourceForms() {
        return sourceForms;
    }

    /** The highest ratingValue on the verdict scale (ClaimReview's bestRating). */
    public int bestRating() {
        int best = 1;
        for (Verdict v : verdicts) {
            best = Math.max(best, v.rating());
        }
        return best;
    }

    public EntityType entityType(String name) {
        for (EntityType t : entityTypes) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public EntityType entityTypeForKey(String key) {
        for (EntityType t : entityTypes) {
            if (t.key() != null && t.key().equalsIgnoreCase(key)) {
                return t;
            }
        }
        return null;
    }

    public Verdict verdict(String name) {
        for (Verdict v : verdicts) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }

    public boolean hasClaimKind(String name) {
        return hasLabel(claimKinds, name);
    }

    public boolean hasCheckWorthiness(String name) {
        return hasLabel(checkWorthiness, name);
    }

    public boolean hasSourceForm(String name) {
        return hasLabel(sourceForms, name);
    }

    private static boolean hasLabel(List<Label> labels, String name) {
        for (Label l : labels) {
            if (l.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy with the given entity types added where missing (used by import so that foreign type
     * names survive a round trip). New types get a neutral colour and the next free digit key.
     */
    public TagSet withEntityTypes(List<String> names) {
        List<EntityType> types = new ArrayList<>(entityTypes);
        String[] palette = {"#b5651d", "#5d6d7e", "#a93226", "#1e8449", "#6c3483", "#b7950b", "#2874a6"};
        for (String n : names) {
            if (entityType(n) == null && types.stream().noneMatch(t -> t.name().equals(n))) {
                String key = null;
                for (int d = 1; d <= 9 && key == null; d++) {
                    String k = Integer.toString(d);
                    if (types.stream().noneMatch(t -> k.equals(t.key()))) {
                        key = k;
                    }
                }
                types.add(new EntityType(n, n, palette[types.size() % palette.length], key));
            }
        }
        return new TagSet(types, claimKinds, verdicts, checkWorthiness, sourceForms);
    }
}
