package org.tandai.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The labels a corpus uses: entity types (each with a colour and a one-key shortcut), claim kinds,
 * the verdict scale, check-worthiness levels, attribution forms, relation types (with the kinds
 * their ends may be) and attributes (per annotation kind). {@link #defaults()} is the built-in
 * set; a corpus overrides it with {@code tagset.json} in its folder.
 */
public final class TagSet {
    /**
     * A relation type: its name in files, a label, and the kinds its from and to ends may be.
     * {@code symmetric} relations (contradicts) read the same both ways.
     */
    public record RelationType(String name, String label, Set<Kind> from, Set<Kind> to, boolean symmetric) {
        public RelationType {
            from = from.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(from);
            to = to.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(to);
        }

        /** True when an annotation of kind {@code a} may be the from end and {@code b} the to end. */
        public boolean allows(Kind a, Kind b) {
            return from.contains(a) && to.contains(b);
        }
    }

    /** The value an attribute takes. */
    public enum AttributeType {
        /** true or false (a flag: "hedged"). */
        BOOLEAN,
        /** One of the attribute's {@code values} ("sentiment": positive, neutral, negative). */
        CHOICE,
        /** Free text. */
        TEXT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static AttributeType fromKey(String key) {
            for (AttributeType t : values()) {
                if (t.key().equals(key)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** Where an attribute can be set: on an annotation of a kind, or on one mention of an entity. */
    public static final String MENTION = "mention";

    /**
     * An attribute: its name in files, a label, what it can be set on ({@link Kind#key()}s and
     * {@link #MENTION}), its type and, for a choice, the allowed values.
     */
    public record Attribute(String name, String label, Set<String> on, AttributeType type, List<String> values) {
        public Attribute {
            on = Set.copyOf(on);
            values = values == null ? List.of() : List.copyOf(values);
        }

        /**
         * Why {@code value} is not a valid value of this attribute, or null when it is: a Boolean
         * for a flag, one of the values for a choice, a String for text.
         */
        public String problemWith(Object value) {
            return switch (type) {
                case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
                case CHOICE -> value instanceof String s && values.contains(s) ? null
                        : "must be one of " + String.join(", ", values);
                case TEXT -> value instanceof String ? null : "must be text";
            };
        }
    }
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
    private final List<RelationType> relationTypes;
    private final List<Attribute> attributes;

    /** A tag set with the default relation types and attributes. */
    public TagSet(List<EntityType> entityTypes, List<Label> claimKinds, List<Verdict> verdicts,
                  List<Label> checkWorthiness, List<Label> sourceForms) {
        this(entityTypes, claimKinds, verdicts, checkWorthiness, sourceForms, defaultRelationTypes(),
                defaultAttributes());
    }

    public TagSet(List<EntityType> entityTypes, List<Label> claimKinds, List<Verdict> verdicts,
                  List<Label> checkWorthiness, List<Label> sourceForms, List<RelationType> relationTypes,
                  List<Attribute> attributes) {
        this.entityTypes = List.copyOf(entityTypes);
        this.claimKinds = List.copyOf(claimKinds);
        this.verdicts = List.copyOf(verdicts);
        this.checkWorthiness = List.copyOf(checkWorthiness);
        this.sourceForms = List.copyOf(sourceForms);
        this.relationTypes = List.copyOf(relationTypes);
        this.attributes = List.copyOf(attributes);
    }

    /** supports and contradicts (claim to claim), part-of (entity to entity). */
    public static List<RelationType> defaultRelationTypes() {
        Set<Kind> claim = EnumSet.of(Kind.CLAIM);
        Set<Kind> entity = EnumSet.of(Kind.ENTITY);
        return List.of(new RelationType("supports", "Supports", claim, claim, false),
                new RelationType("contradicts", "Contradicts", claim, claim, true),
                new RelationType("part-of", "Part of", entity, entity, false));
    }

    /** hedged (a flag on claims) and negated (a flag on mentions). */
    public static List<Attribute> defaultAttributes() {
        return List.of(new Attribute("hedged", "Hedged", Set.of(Kind.CLAIM.key()), AttributeType.BOOLEAN, List.of()),
                new Attribute("negated", "Negated", Set.of(MENTION), AttributeType.BOOLEAN, List.of()));
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

    public List<RelationType> relationTypes() {
        return relationTypes;
    }

    public RelationType relationType(String name) {
        for (RelationType t : relationTypes) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The relation types whose ends may be these kinds, in tag-set order. */
    public List<RelationType> relationTypesFor(Kind from, Kind to) {
        List<RelationType> out = new ArrayList<>();
        for (RelationType t : relationTypes) {
            if (t.allows(from, to)) {
                out.add(t);
            }
        }
        return out;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute with this name that can be set on {@code target} (a kind key or {@link #MENTION}), or null. */
    public Attribute attribute(String target, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name) && a.on().contains(target)) {
                return a;
            }
        }
        return null;
    }

    /** The attributes that can be set on {@code target} (a kind key or {@link #MENTION}), in tag-set order. */
    public List<Attribute> attributesFor(String target) {
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : attributes) {
            if (a.on().contains(target)) {
                out.add(a);
            }
        }
        return out;
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
        return new TagSet(types, claimKinds, verdicts, checkWorthiness, sourceForms, relationTypes, attributes);
    }

    /**
     * A copy with the given relation types added where missing (import keeps foreign relation
     * types this way): any kind to any kind.
     */
    public TagSet withRelationTypes(List<String> names) {
        List<RelationType> types = new ArrayList<>(relationTypes);
        for (String n : names) {
            if (types.stream().noneMatch(t -> t.name().equals(n))) {
                types.add(new RelationType(n, n, EnumSet.allOf(Kind.class), EnumSet.allOf(Kind.class), false));
            }
        }
        return new TagSet(entityTypes, claimKinds, verdicts, checkWorthiness, sourceForms, types, attributes);
    }

    /** A copy with these attributes added where no attribute of that name exists (import). */
    public TagSet withAttributes(List<Attribute> more) {
        List<Attribute> all = new ArrayList<>(attributes);
        for (Attribute a : more) {
            if (all.stream().noneMatch(x -> x.name().equals(a.name()))) {
                all.add(a);
            }
        }
        return new TagSet(entityTypes, claimKinds, verdicts, checkWorthiness, sourceForms, relationTypes, all);
    }
}
