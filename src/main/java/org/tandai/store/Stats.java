package org.tandai.store;

import java.util.Map;
import java.util.TreeMap;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;

/**
 * Counts of one document or a whole corpus: entities, mentions, claims by verdict and by check-worthiness,
 * sources by form and by speaker, relations by type. {@code tandai stats} and the window's dashboard both print these.
 */
public final class Stats {
    private int documents;
    private int entities;
    private int mentions;
    private int claims;
    private int sources;
    private int relations;
    private final Map<String, Integer> claimsByVerdict = new TreeMap<>();
    private final Map<String, Integer> sourcesByForm = new TreeMap<>();
    private final Map<String, Integer> relationsByType = new TreeMap<>();
    private final Map<String, Integer> claimsByCheckWorthiness = new TreeMap<>();
    /** Sources per speaker, by the speaker entity's name (sources without a speaker entity are not counted). */
    private final Map<String, Integer> speakers = new TreeMap<>();

    public static Stats of(AnnotatedDocument doc) {
        Stats s = new Stats();
        s.documents = 1;
        s.entities = doc.entities().size();
        s.mentions = doc.mentionCount();
        s.claims = doc.claims().size();
        s.sources = doc.sources().size();
        s.relations = doc.relations().size();
        for (Relation r : doc.relations()) {
            s.relationsByType.merge(r.type() == null ? "(none)" : r.type(), 1, Integer::sum);
        }
        for (Claim c : doc.claims()) {
            s.claimsByVerdict.merge(c.verdict() == null ? "(none)" : c.verdict(), 1, Integer::sum);
            s.claimsByCheckWorthiness.merge(c.checkWorthiness() == null ? "(none)" : c.checkWorthiness(), 1, Integer::sum);
        }
        Map<String, String> names = new java.util.HashMap<>();
        for (Entity e : doc.entities()) {
            names.put(e.id(), e.name() == null || e.name().isBlank() ? e.id() : e.name().strip());
        }
        for (Source src : doc.sources()) {
            s.sourcesByForm.merge(src.form() == null ? "(none)" : src.form(), 1, Integer::sum);
            String speaker = src.speaker() == null ? null : names.get(src.speaker());
            if (speaker != null) {
                s.speakers.merge(speaker, 1, Integer::sum);
            }
        }
        return s;
    }

    public void add(Stats o) {
        documents += o.documents;
        entities += o.entities;
        mentions += o.mentions;
        claims += o.claims;
        sources += o.sources;
        relations += o.relations;
        o.relationsByType.forEach((k, v) -> relationsByType.merge(k, v, Integer::sum));
        o.claimsByVerdict.forEach((k, v) -> claimsByVerdict.merge(k, v, Integer::sum));
        o.sourcesByForm.forEach((k, v) -> sourcesByForm.merge(k, v, Integer::sum));
        o.claimsByCheckWorthiness.forEach((k, v) -> claimsByCheckWorthiness.merge(k, v, Integer::sum));
        o.speakers.forEach((k, v) -> speakers.merge(k, v, Integer::sum));
    }

    public int documents() {
        return documents;
    }

    public int entities() {
        return entities;
    }

    public int mentions() {
        return mentions;
    }

    public int claims() {
        return claims;
    }

    public int sources() {
        return sources;
    }

    public int relations() {
        return relations;
    }

    public Map<String, Integer> relationsByType() {
        return relationsByType;
    }

    public Map<String, Integer> claimsByVerdict() {
        return claimsByVerdict;
    }

    public Map<String, Integer> sourcesByForm() {
        return sourcesByForm;
    }

    public Map<String, Integer> claimsByCheckWorthiness() {
        return claimsByCheckWorthiness;
    }

    /** Sources per speaker name, summed over documents: the same name in two articles counts as one speaker. */
    public Map<String, Integer> speakers() {
        return speakers;
    }

    /** The {@code n} most-cited speakers, most sources first (ties by name). */
    public java.util.List<Map.Entry<String, Integer>> topSpeakers(int n) {
        return speakers.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }
}
