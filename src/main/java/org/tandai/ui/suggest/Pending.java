package org.tandai.ui.suggest;

import org.tandai.model.Annotation;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.suggest.Suggestion;

/**
 * One suggestion the user has not decided on: made by the engine for the open article and held
 * only in the window ({@code docId == null}), or an annotation with status suggested already in
 * the sidecar (written by {@code tandai suggest}), then {@code docId} is its id (decision 1010).
 */
public record Pending(Suggestion suggestion, String docId) {
    public Annotation annotation() {
        return suggestion.annotation();
    }

    public String recommender() {
        return suggestion.recommender();
    }

    public boolean inDocument() {
        return docId != null;
    }

    /** The row of the Suggestions list: "0.80  Person “Kim”" / "0.55  Attribution “mengatakan bahwa”". */
    public String label(org.tandai.i18n.Messages messages) {
        Annotation a = annotation();
        String what;
        if (a instanceof Entity e) {
            what = e.type() + " \u201c" + (e.mentions().isEmpty() ? e.name() : e.mentions().get(0).exact()) + "\u201d";
        } else if (a instanceof Source s) {
            String cue = s.cue() == null ? null : s.cue().exact();
            String speaker = s.speakerDescription();
            what = messages.get(recommender().equals(Suggestion.QUOTES) ? "suggest.kind.quote" : "suggest.kind.attribution")
                    + (cue == null ? "" : " \u201c" + cue + "\u201d")
                    + (speaker == null ? "" : " \u2014 " + speaker);
        } else {
            what = a.kind().toString();
        }
        return String.format(java.util.Locale.ROOT, "%.2f  %s", suggestion.confidence(), what);
    }
}
