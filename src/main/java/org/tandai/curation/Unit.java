package org.tandai.curation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.Span;

/**
 * One thing the annotators annotated, merged over their layers: a mention, a claim, a source or a
 * relation, with each annotator's version of it (decision 0920). Built by {@link Aligner}; which
 * version the curated layer holds is kept apart, in a {@link Resolution}, because that changes
 * with every edit while the annotators' layers do not.
 */
public final class Unit {
    /** What a unit is; mentions, not entities, are units (an entity is the group its mentions form). */
    public enum Kind {
        MENTION("Mention"), CLAIM("Claim"), SOURCE("Source"), RELATION("Relation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the annotators' versions compare (decision 0921). */
    public enum State {
        /** Every annotator has it, and every field is the same. */
        AGREED("agreed"),
        /** Two or more annotators have it with some field different. */
        DISAGREED("disagreement"),
        /** Only some of the annotators have it (and those who do agree). */
        INCOMPLETE("incomplete");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String id;
    private final Kind kind;
    private final Map<String, Version> versions;
    private final List<String> missing;
    private final Set<String> differing;
    private final State state;

    Unit(String id, Kind kind, List<String> parties, Map<String, Version> versions) {
        this.id = id;
        this.kind = kind;
        this.versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        List<String> miss = new ArrayList<>();
        for (String p : parties) {
            if (!versions.containsKey(p)) {
                miss.add(p);
            }
        }
        this.missing = List.copyOf(miss);
        Set<String> diff = new LinkedHashSet<>();
        for (String field : fieldNames()) {
            if (versions.values().stream().map(v -> v.field(field)).distinct().count() > 1) {
                diff.add(field);
            }
        }
        this.differing = Collections.unmodifiableSet(diff);
        this.state = !diff.isEmpty() ? State.DISAGREED
                : !miss.isEmpty() || parties.size() < 2 ? State.INCOMPLETE : State.AGREED;
    }

    /** "u7": stable for one alignment of one article, not stored anywhere. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public State state() {
        return state;
    }

    /** The versions by annotator (layer label), in the order of the alignment's parties. */
    public Map<String, Version> versions() {
        return versions;
    }

    /** The annotators who do not have this unit. */
    public List<String> missing() {
        return missing;
    }

    /** The names of the fields whose values differ between the annotators who have the unit. */
    public Set<String> differing() {
        return differing;
    }

    /** The fields compared, in display order: the same for every version of the unit. */
    public List<String> fieldNames() {
        Version first = versions.values().iterator().next();
        return List.copyOf(first.fields().keySet());
    }

    /** The first version: what "take the agreed version" takes and what the unit is called by. */
    public Version first() {
        return versions.values().iterator().next();
    }

    /** Where the unit is in the text (the first version's span), or null for a relation. */
    public Span anchor() {
        return first().span();
    }

    /** "Claim “Kim Jong Un telah …”", for the list and the status line. */
    public String label() {
        Version v = first();
        return kind.label() + " " + (kind == Kind.RELATION ? v.field("type") + ": " + v.field("from") + " \u2192 "
                + v.field("to") : FieldText.quote(v.span()));
    }

    @Override
    public String toString() {
        return id + " " + label() + " [" + state.label() + "]";
    }
}
