package org.tandai.store;

import java.util.Map;
import java.util.TreeMap;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Relation;
import org.tandai.model.Source;

/** Counts of one document or a whole corpus: entities, mentions, claims by verdict, sources by form, relations by type. */
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
        }
        for (Source src : doc.sources()) {
            s.sourcesByForm.merge(src.form() == null ? "(none)" : src.form(), 1, Integer::sum);
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
}
