package org.tandai.suggest;

import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Kind;
import org.tandai.model.Source;
import org.tandai.model.Status;

/** Puts suggestions into a document as annotations with status {@code suggested}. */
public final class Suggestions {
    /** Extra field on a suggested annotation: the recommender's confidence, 0 to 1 (docs/format.md). */
    public static final String CONFIDENCE = "confidence";
    /** Extra field on a suggested mention: the id of the accepted entity it would join when accepted. */
    public static final String JOINS = "joins";

    private Suggestions() {
    }

    /**
     * The suggestions still open once {@code accepted} (an annotation now in the document) was
     * accepted or added: those covering the same place are dropped. This is the window's update
     * after an accept, without running the recommenders again; the next full run proposes what the
     * accept taught (a name's other occurrences).
     */
    public static List<Suggestion> remainingAfter(List<Suggestion> open, Annotation accepted) {
        List<Suggestion> out = new java.util.ArrayList<>(open.size());
        String key = SuggestionKeys.of(accepted);
        for (Suggestion s : open) {
            if (!s.key().equals(key) && !SuggestionEngine.covers(accepted, s.annotation())) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Adds each suggestion with a fresh id, status suggested, {@code createdBy} "tandai-suggest"
     * (or the annotator) and its confidence; a {@code via} to another suggestion of the list is
     * resolved to that one's new id. Returns how many were added.
     */
    public static int apply(AnnotatedDocument doc, List<Suggestion> suggestions, String annotator, Instant now) {
        Map<String, String> idByKey = new HashMap<>();
        for (Suggestion s : suggestions) {
            Annotation a = s.annotation().copy();
            a.setId(doc.newId(a.kind()));
            a.setStatus(Status.SUGGESTED);
            a.setCreatedBy(annotator == null ? "tandai-suggest" : annotator);
            a.setCreatedAt(now);
            a.setUpdatedAt(now);
            a.extras().put(CONFIDENCE, new JsonPrimitive(Math.round(s.confidence() * 100) / 100.0));
            idByKey.put(s.key(), a.id());
            doc.add(a);
        }
        for (Suggestion s : suggestions) {
            if (s.viaKey() != null && s.annotation().kind() == Kind.SOURCE) {
                Source added = doc.source(idByKey.get(s.key()));
                added.setVia(idByKey.get(s.viaKey()));
            }
        }
        return suggestions.size();
    }
}
